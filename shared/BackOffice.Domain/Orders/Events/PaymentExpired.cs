namespace BackOffice.Domain.Orders.Events;

public sealed record PaymentExpired(OrderId OrderId, Compensations Compensations, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.Cancelled, Cause, OccurredAt)
{
    public override string Name => "PaymentExpired";
}
