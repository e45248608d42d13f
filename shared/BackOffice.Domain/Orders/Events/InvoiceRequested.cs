namespace BackOffice.Domain.Orders.Events;

public sealed record InvoiceRequested(OrderId OrderId, string Reference, int Attempt, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.PaymentApproved, Cause, OccurredAt)
{
    public override string Name => "InvoiceRequested";

    public override string? Detail => Reference;
}
