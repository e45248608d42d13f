namespace BackOffice.Partners.Pagarme;

/// <param name="ExpiresIn">Seconds the QR code stays payable.</param>
public sealed record PagarmePixPayment(long ExpiresIn);
