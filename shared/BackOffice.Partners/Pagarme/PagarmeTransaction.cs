namespace BackOffice.Partners.Pagarme;

/// <summary>The charge's last transaction: card authorization, PIX QR code or boleto, depending on the method.</summary>
/// <param name="Status">For cards: authorized_pending_capture, captured, not_authorized, refunded...; for PIX/boleto: waiting_payment, paid, generated...</param>
public sealed record PagarmeTransaction(
    string? Id,
    string? TransactionType,
    string? Status,
    long? Amount,
    string? QrCode,
    string? QrCodeUrl,
    DateTimeOffset? ExpiresAt,
    string? Url,
    string? Line,
    string? Pdf,
    DateTimeOffset? DueAt);
