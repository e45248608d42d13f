namespace BackOffice.Domain.Orders.Events;

public sealed record RiskApproved(OrderId OrderId, string ProviderCode, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.AwaitingPayment, Cause, OccurredAt)
{
    public override string Name => "RiskApproved";

    public override string? Detail => ProviderCode;
}
