using BackOffice.Domain.Orders;

namespace BackOffice.Application.Partners.Fiscal;

/// <param name="Reference">Unique per NF-e attempt; repeating it never issues a second NF-e.</param>
public sealed record FiscalDocumentRequest(
    string Reference,
    DateTimeOffset IssuedAt,
    Customer Recipient,
    Address RecipientAddress,
    IReadOnlyList<OrderLine> Items,
    long ShippingCents,
    long DiscountCents,
    long TotalCents);
