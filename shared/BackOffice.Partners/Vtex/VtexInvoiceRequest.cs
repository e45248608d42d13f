namespace BackOffice.Partners.Vtex;

/// <summary>
/// <c>POST /api/oms/pvt/orders/{orderId}/invoice</c>. VTEX takes the value as a string of cents; the invoice number is
/// its idempotency key (the same number again gets a new receipt, not a second invoice).
/// </summary>
public sealed record VtexInvoiceRequest(
    string Type,
    string IssuanceDate,
    string InvoiceNumber,
    string InvoiceValue,
    string InvoiceKey,
    string? InvoiceUrl,
    string? EmbeddedInvoice,
    string? Courier,
    string? TrackingNumber,
    string? TrackingUrl,
    IReadOnlyList<VtexInvoiceItem> Items);
