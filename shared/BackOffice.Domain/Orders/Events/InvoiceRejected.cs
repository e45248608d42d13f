namespace BackOffice.Domain.Orders.Events;

/// <summary>SEFAZ refused the NF-e: a person must fix the data; the payment stays captured, nothing is lost.</summary>
public sealed record InvoiceRejected(OrderId OrderId, string Reference, string Reason, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.NeedsAttention, Cause, OccurredAt)
{
    public override string Name => "InvoiceRejected";

    public override string? Detail => Reason;
}
