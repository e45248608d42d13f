namespace BackOffice.Application.Partners.Payments;

/// <param name="PixQrCode">PIX copy-and-paste code.</param>
/// <param name="BoletoLine">Boleto digitable line.</param>
public sealed record PaymentInstructions(string? PixQrCode, string? PixQrCodeUrl, string? BoletoUrl, string? BoletoLine, string? BoletoPdfUrl);
