using BackOffice.Partners.Http;

namespace BackOffice.Partners.Shopify;

/// <summary>
/// Settings: <c>Shopify__BaseUrl</c> (the shop, https://{shop}.myshopify.com/), <c>Shopify__ApiVersion</c> (the Admin
/// API version; <see cref="ShopifyApiVersion.Pinned"/> unless set), and the credentials: <c>Shopify__ClientId</c> and
/// <c>Shopify__ClientSecret</c> of a Dev Dashboard app, exchanged for 24-hour tokens by the client-credentials grant
/// (shopify.dev/docs/apps/build/authentication-authorization/client-credentials-grant); or, for a store that still has
/// an admin-created custom app (none can be created since 2026-01-01), its static <c>Shopify__AccessToken</c> (shpat_...).
/// </summary>
public sealed class ShopifyOptions : PartnerOptions
{
    public const string Section = "Shopify";

    public string ApiVersion { get; set; } = ShopifyApiVersion.Pinned;

    public string AccessToken { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>A token is renewed this long before Shopify says it expires.</summary>
    public TimeSpan TokenRenewalMargin { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often, and how far apart, the hub asks whether an <c>orderCancel</c> job is done before retrying later.</summary>
    public int CancelJobPolls { get; set; } = 5;

    public TimeSpan CancelJobPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary><c>Shopify__LocationId</c>: the location whose "available" quantities the stock sync sets.</summary>
    public string LocationId { get; set; } = "gid://shopify/Location/1";

    public bool UsesClientCredentials => ClientId.Length > 0 && ClientSecret.Length > 0;

    public bool HasCredentials => UsesClientCredentials || AccessToken.Length > 0;
}
