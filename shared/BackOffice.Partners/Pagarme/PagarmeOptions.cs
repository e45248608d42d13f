using BackOffice.Partners.Http;

namespace BackOffice.Partners.Pagarme;

/// <summary>Settings <c>Pagarme__BaseUrl</c> (https://api.pagar.me/core/v5/) and <c>Pagarme__SecretKey</c> (sk_...).</summary>
public sealed class PagarmeOptions : PartnerOptions
{
    public const string Section = "Pagarme";

    public string SecretKey { get; set; } = "";

    /// <summary>How long a PIX stays payable when the request gives no expiry.</summary>
    public TimeSpan DefaultPixExpiry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How far ahead a boleto falls due when the request gives no expiry.</summary>
    public TimeSpan DefaultBoletoDue { get; set; } = TimeSpan.FromDays(3);
}
