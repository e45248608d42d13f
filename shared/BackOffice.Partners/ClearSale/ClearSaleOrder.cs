namespace BackOffice.Partners.ClearSale;

/// <param name="Code">Our order reference: ClearSale refuses a second order with the same code.</param>
/// <param name="TotalValue">Reais, two decimal places.</param>
public sealed record ClearSaleOrder(
    string Code,
    DateTimeOffset Date,
    string Email,
    decimal TotalValue,
    string? Ip,
    ClearSaleParty Billing,
    ClearSaleParty? Shipping,
    IReadOnlyList<ClearSalePayment> Payments,
    IReadOnlyList<ClearSaleItem> Items);
