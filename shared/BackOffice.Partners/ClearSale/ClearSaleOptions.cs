using BackOffice.Partners.Http;

namespace BackOffice.Partners.ClearSale;

/// <summary>Settings <c>ClearSale__BaseUrl</c> (https://api.clearsale.com.br/), <c>ClearSale__Name</c>, <c>ClearSale__Password</c>.</summary>
public sealed class ClearSaleOptions : PartnerOptions
{
    public const string Section = "ClearSale";

    public string Name { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>
    /// How long before the announced expiry a token stops being used. ClearSale asks for a new token only once the
    /// current one expires; a minute of margin keeps a request from leaving with a token that dies on the way.
    /// </summary>
    public TimeSpan TokenRenewalMargin { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Used only if an authentication answer comes without an expiry date.</summary>
    public TimeSpan TokenFallbackLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
