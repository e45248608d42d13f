namespace BackOffice.Partners.Pagarme;

/// <param name="Id">Pagar.me's id (<c>or_...</c>).</param>
/// <param name="Code">Our order reference.</param>
public sealed record PagarmeOrder(string Id, string? Code, string? Status, long? Amount, IReadOnlyList<PagarmeCharge>? Charges);
