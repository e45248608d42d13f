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
}
