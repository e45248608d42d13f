namespace BackOffice.Application.StoreEvents;

public enum StoreEventReplayOutcome
{
    Replayed,

    /// <summary>No such event for the order (or no store endpoint configured).</summary>
    NotFound,

    /// <summary>An attempt is under way; replaying now would send it twice at once.</summary>
    InFlight,
}

/// <param name="Delivery">The event's log line after the replay.</param>
public sealed record StoreEventReplay(StoreEventReplayOutcome Outcome, StoreEventDelivery? Delivery);
