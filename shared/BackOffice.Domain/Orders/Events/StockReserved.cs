namespace BackOffice.Domain.Orders.Events;

public sealed record StockReserved(OrderId OrderId, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.PaymentApproved, Cause, OccurredAt)
{
    public override string Name => "StockReserved";
}
