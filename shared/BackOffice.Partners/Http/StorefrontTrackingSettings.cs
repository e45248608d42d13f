namespace BackOffice.Partners.Http;

/// <summary>
/// How the storefronts name the carrier and link the tracking (section <c>Storefronts</c>). Shopify builds the tracking
/// link itself only for a company named exactly as in its list (FulfillmentTrackingInfo, "Supported tracking companies":
/// "Correios" is there); for another carrier the URL sent along is what makes the number clickable. VTEX's tracking
/// PATCH requires <c>courier</c> and <c>trackingUrl</c> (vtex/openapi-schemas, "VTEX - Orders API.json",
/// Updatepartialinvoice.SendTrackingNumber.Request).
/// </summary>
public sealed class StorefrontTrackingSettings
{
    public const string Section = "Storefronts";

    /// <summary>The carrier as Shopify and VTEX show it: <c>Storefronts__TrackingCompany</c>, "Correios" by default.</summary>
    public string TrackingCompany { get; set; } = "Correios";

    /// <summary><c>Storefronts__TrackingUrlTemplate</c>: the public tracking page, <c>{code}</c> standing for the tracking code.</summary>
    public string TrackingUrlTemplate { get; set; } = "https://www.melhorrastreio.com.br/rastreio/{code}";

    public string? TrackingUrl(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : TrackingUrlTemplate.Replace("{code}", Uri.EscapeDataString(code), StringComparison.Ordinal);
}
