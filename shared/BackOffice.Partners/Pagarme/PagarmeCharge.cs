namespace BackOffice.Partners.Pagarme;

/// <param name="Id">Pagar.me's id (<c>ch_...</c>).</param>
/// <param name="Status">pending, processing, paid, failed, canceled, refunded, underpaid, overpaid, chargedback.</param>
public sealed record PagarmeCharge(
    string Id,
    string? Code,
    long Amount,
    long? PaidAmount,
    long? CanceledAmount,
    string Status,
    string? PaymentMethod,
    PagarmeTransaction? LastTransaction,
    PagarmeChargeOrder? Order);
