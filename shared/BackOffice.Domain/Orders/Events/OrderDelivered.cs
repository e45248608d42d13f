namespace BackOffice.Domain.Orders.Events;

public sealed record OrderDelivered(OrderId OrderId, DateTimeOffset DeliveredAt, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.Delivered, Cause, OccurredAt)
{
    public override string Name => "OrderDelivered";
}
