namespace BackOffice.Domain.Orders.Events;

public sealed record RiskAnalysisStarted(OrderId OrderId, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.RiskReview, Cause, OccurredAt)
{
    public override string Name => "RiskAnalysisStarted";
}
