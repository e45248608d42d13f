namespace BackOffice.Domain.Orders.Events;

public sealed record OrderReceived(OrderId OrderId, SalesChannel Channel, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.Received, Cause, OccurredAt)
{
    public override string Name => "OrderReceived";
}
