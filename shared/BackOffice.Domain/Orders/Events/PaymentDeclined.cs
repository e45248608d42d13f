namespace BackOffice.Domain.Orders.Events;

public sealed record PaymentDeclined(OrderId OrderId, string Reason, Compensations Compensations, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.Cancelled, Cause, OccurredAt)
{
    public override string Name => "PaymentDeclined";

    public override string? Detail => Reason;
}
