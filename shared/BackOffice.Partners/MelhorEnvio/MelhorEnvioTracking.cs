namespace BackOffice.Partners.MelhorEnvio;

/// <summary>An entry of <c>POST me/shipment/tracking</c>'s map. Times are "yyyy-MM-dd HH:mm:ss", Brasília time.</summary>
/// <param name="Tracking">The carrier's code (Correios AA123456789BR); may stay empty a while for some carriers.</param>
/// <param name="MelhorenvioTracking">Melhor Envio's own code, trackable on its site.</param>
public sealed record MelhorEnvioTracking(
    string? Id,
    string? Protocol,
    string? Status,
    string? Tracking,
    string? MelhorenvioTracking,
    string? PostedAt,
    string? DeliveredAt,
    string? CanceledAt,
    string? ExpiredAt);
