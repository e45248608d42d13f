namespace BackOffice.Domain.Orders;

public enum RiskStatus
{
    NotStarted,
    Analysing,

    /// <summary>The provider (or we) asked for a person to decide.</summary>
    UnderReview,
    Approved,
    Denied,
}
