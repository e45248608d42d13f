namespace BackOffice.Partners.Pagarme;

/// <param name="Amount">Unit price in cents.</param>
public sealed record PagarmeItem(long Amount, string Description, int Quantity, string Code);
