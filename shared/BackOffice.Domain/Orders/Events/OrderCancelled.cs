namespace BackOffice.Domain.Orders.Events;

/// <param name="Compensations">What the partners must undo, decided from what had been done before the cancellation.</param>
public sealed record OrderCancelled(OrderId OrderId, string Reason, Compensations Compensations, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.Cancelled, Cause, OccurredAt)
{
    public override string Name => "OrderCancelled";

    public override string? Detail => Reason;
}
