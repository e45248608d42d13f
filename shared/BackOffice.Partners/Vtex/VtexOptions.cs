using BackOffice.Partners.Http;

namespace BackOffice.Partners.Vtex;

/// <summary>
/// Settings <c>Vtex__BaseUrl</c> (https://{account}.vtexcommercestable.com.br/), <c>Vtex__AppKey</c> and <c>Vtex__AppToken</c>.
/// The hook's check of <c>Vtex__Account</c> reads it with the hook settings.
/// </summary>
public sealed class VtexOptions : PartnerOptions
{
    public const string Section = "Vtex";

    /// <summary>VTEX asks integrations to stop after a 429 and come back later: about a minute (developers.vtex.com, orders-feed).</summary>
    public static readonly TimeSpan DefaultRateLimitPause = TimeSpan.FromMinutes(1);

    public VtexOptions() => Resilience.RateLimitPause = DefaultRateLimitPause;

    public string AppKey { get; set; } = "";

    public string AppToken { get; set; } = "";

    /// <summary><c>Vtex__Account</c>: the store's VTEX account name.</summary>
    public string Account { get; set; } = "";

    /// <summary><c>Vtex__PricingBaseUrl</c>: the Pricing API, on a host of its own; https://api.vtex.com/{Account}/ unless set.</summary>
    public string PricingBaseUrl { get; set; } = "";

    /// <summary><c>Vtex__WarehouseId</c>: the warehouse whose inventory the stock sync sets.</summary>
    public string WarehouseId { get; set; } = "1_1";

    public Uri PricingBaseUri => PricingBaseUrl.Length == 0
        ? new Uri($"https://api.vtex.com/{Uri.EscapeDataString(Account.Length > 0 ? Account : "unset-account")}/")
        : new Uri(PricingBaseUrl.EndsWith('/') ? PricingBaseUrl : PricingBaseUrl + "/", UriKind.Absolute);
}
