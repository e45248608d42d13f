namespace BackOffice.Partners.Pagarme;

/// <summary>The order summary a charge carries when read on its own (<c>GET /charges/{id}</c>).</summary>
public sealed record PagarmeChargeOrder(string Id, string? Code, string? Status);
