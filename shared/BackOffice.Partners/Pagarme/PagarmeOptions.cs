using BackOffice.Partners.Http;

namespace BackOffice.Partners.Pagarme;

/// <summary>Settings <c>Pagarme__BaseUrl</c> (https://api.pagar.me/core/v5/) and <c>Pagarme__SecretKey</c> (sk_...).</summary>
public sealed class PagarmeOptions : PartnerOptions
{
    public const string Section = "Pagarme";

    public string SecretKey { get; set; } = "";

    /// <summary>
    /// Where Pagar.me publishes the public keys its webhooks are signed with (<c>Pagarme__WebhookJwksUrl</c>), as
    /// Pagar.me's own plugins fetch them (pagarme/ecommerce-module-core, WebhookValidatorService::JWKS_URL).
    /// </summary>
    public Uri WebhookJwksUrl { get; set; } = new("https://hubapi.pagar.me/.well-known/jwks.json");

    /// <summary>How often, at most, unknown key ids or failed signatures may make the hub fetch the JWKS again.</summary>
    public TimeSpan WebhookKeysMinimumRefresh { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a PIX stays payable when the request gives no expiry.</summary>
    public TimeSpan DefaultPixExpiry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How far ahead a boleto falls due when the request gives no expiry.</summary>
    public TimeSpan DefaultBoletoDue { get; set; } = TimeSpan.FromDays(3);
}
