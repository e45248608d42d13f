using BackOffice.Partners.Http;

namespace BackOffice.Partners.Vtex;

/// <summary>
/// Settings <c>Vtex__BaseUrl</c> (https://{account}.vtexcommercestable.com.br/), <c>Vtex__AppKey</c>, <c>Vtex__AppToken</c>
/// and <c>Vtex__Account</c>.
/// </summary>
public sealed class VtexOptions : PartnerOptions
{
    public const string Section = "Vtex";

    public string AppKey { get; set; } = "";

    public string AppToken { get; set; } = "";

    /// <summary>The store's account name; a hook's <c>Origin.Account</c> must match it.</summary>
    public string Account { get; set; } = "";
}
