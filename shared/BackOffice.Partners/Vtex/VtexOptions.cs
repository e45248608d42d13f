using BackOffice.Partners.Http;

namespace BackOffice.Partners.Vtex;

/// <summary>
/// Settings <c>Vtex__BaseUrl</c> (https://{account}.vtexcommercestable.com.br/), <c>Vtex__AppKey</c> and <c>Vtex__AppToken</c>.
/// The hook's check of <c>Vtex__Account</c> reads it with the hook settings.
/// </summary>
public sealed class VtexOptions : PartnerOptions
{
    public const string Section = "Vtex";

    public string AppKey { get; set; } = "";

    public string AppToken { get; set; } = "";
}
