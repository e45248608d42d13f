using BackOffice.Partners.Http;

namespace BackOffice.Partners.MelhorEnvio;

/// <summary>
/// Settings <c>MelhorEnvio__BaseUrl</c> (https://melhorenvio.com.br/api/v2/), <c>MelhorEnvio__Token</c>,
/// <c>MelhorEnvio__UserAgent</c> ("App name (tech-contact@store.com)", required by Melhor Envio) and
/// <c>MelhorEnvio__ServiceId</c> (the carrier service: 1 Correios PAC, 2 Correios SEDEX, ...).
/// </summary>
public sealed class MelhorEnvioOptions : PartnerOptions
{
    public const string Section = "MelhorEnvio";

    public string Token { get; set; } = "";

    public string UserAgent { get; set; } = "";

    public int ServiceId { get; set; }

    /// <summary>Drop-off agency, required by some services (Jadlog, Azul Cargo); null for Correios.</summary>
    public int? AgencyId { get; set; }
}
