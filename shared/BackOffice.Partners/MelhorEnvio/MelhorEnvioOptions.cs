using BackOffice.Partners.Http;

namespace BackOffice.Partners.MelhorEnvio;

/// <summary>
/// Settings <c>MelhorEnvio__BaseUrl</c> (https://melhorenvio.com.br/api/v2/), <c>MelhorEnvio__Token</c>,
/// <c>MelhorEnvio__UserAgent</c> ("App name (tech-contact@store.com)", required by Melhor Envio). The carrier service is
/// chosen per order from a quote (see the README's "Carrier service and parcel").
/// </summary>
public sealed class MelhorEnvioOptions : PartnerOptions
{
    public const string Section = "MelhorEnvio";

    public string Token { get; set; } = "";

    public string UserAgent { get; set; } = "";

    /// <summary>Drop-off agency, required by some services (Jadlog, Azul Cargo); null for Correios.</summary>
    public int? AgencyId { get; set; }
}
