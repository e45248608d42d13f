namespace BackOffice.Domain.Orders;

/// <summary>How the customer pays a PIX or boleto charge, as the gateway issued it; the store shows it at checkout.</summary>
/// <param name="PixCode">PIX copy-and-paste code ("copia e cola").</param>
/// <param name="PixQrCodeUrl">Image of the PIX QR code.</param>
/// <param name="BoletoLine">Boleto digitable line.</param>
/// <param name="BoletoUrl">Boleto page.</param>
/// <param name="BoletoPdfUrl">Boleto PDF.</param>
public sealed record ChargeInstructions(string? PixCode, string? PixQrCodeUrl, string? BoletoLine, string? BoletoUrl, string? BoletoPdfUrl);
