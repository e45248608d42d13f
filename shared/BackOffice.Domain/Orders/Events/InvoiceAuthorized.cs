namespace BackOffice.Domain.Orders.Events;

public sealed record InvoiceAuthorized(OrderId OrderId, InvoiceInfo Invoice, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.Invoiced, Cause, OccurredAt)
{
    public override string Name => "InvoiceAuthorized";

    public override string? Detail => $"NF-e {Invoice.Number}/{Invoice.Series}";
}
