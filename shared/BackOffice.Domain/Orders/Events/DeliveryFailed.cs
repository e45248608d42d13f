namespace BackOffice.Domain.Orders.Events;

public sealed record DeliveryFailed(OrderId OrderId, string Reason, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.DeliveryFailed, Cause, OccurredAt)
{
    public override string Name => "DeliveryFailed";

    public override string? Detail => Reason;
}
