namespace BackOffice.Domain.Orders.Events;

public sealed record OrderShipped(OrderId OrderId, string? TrackingCode, DateTimeOffset PostedAt, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.Shipped, Cause, OccurredAt)
{
    public override string Name => "OrderShipped";

    public override string? Detail => TrackingCode;
}
