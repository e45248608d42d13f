namespace BackOffice.Application.Intake;

/// <summary>What a storefront's event (a cancellation, an update) did to a stored order.</summary>
public enum StorefrontChange
{
    Applied,

    /// <summary>Already so (a cancelled order cancelled again), older than an event already applied, or nothing to do.</summary>
    Unchanged,

    /// <summary>The order's rules refused it (an order already shipped cannot be cancelled); noted on the timeline.</summary>
    Refused,

    /// <summary>The hub has no such order.</summary>
    OrderNotFound,
}
