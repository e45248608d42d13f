namespace BackOffice.Domain.Orders;

/// <param name="ProviderCode">The anti-fraud provider's own code for its latest answer, kept for ops.</param>
public sealed record RiskState(RiskStatus Status, string? ProviderCode)
{
    public static readonly RiskState NotStarted = new(RiskStatus.NotStarted, null);
}
