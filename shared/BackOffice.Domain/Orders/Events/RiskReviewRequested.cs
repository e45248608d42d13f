namespace BackOffice.Domain.Orders.Events;

/// <summary>The order waits in RiskReview for a person (the provider's analyst or ours).</summary>
public sealed record RiskReviewRequested(OrderId OrderId, string ProviderCode, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.RiskReview, Cause, OccurredAt)
{
    public override string Name => "RiskReviewRequested";

    public override string? Detail => ProviderCode;
}
