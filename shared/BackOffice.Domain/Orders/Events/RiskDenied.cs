namespace BackOffice.Domain.Orders.Events;

public sealed record RiskDenied(OrderId OrderId, string ProviderCode, Compensations Compensations, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.Cancelled, Cause, OccurredAt)
{
    public override string Name => "RiskDenied";

    public override string? Detail => ProviderCode;
}
