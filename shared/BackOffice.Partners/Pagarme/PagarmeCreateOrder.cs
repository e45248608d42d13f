namespace BackOffice.Partners.Pagarme;

/// <param name="Code">Our order reference: how the order is found again (<c>GET /orders?code=</c>).</param>
public sealed record PagarmeCreateOrder(
    string Code,
    IReadOnlyList<PagarmeItem> Items,
    PagarmeCustomer Customer,
    IReadOnlyList<PagarmePayment> Payments,
    bool Closed,
    IReadOnlyDictionary<string, string>? Metadata);
