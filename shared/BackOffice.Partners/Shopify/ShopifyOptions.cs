using BackOffice.Partners.Http;

namespace BackOffice.Partners.Shopify;

/// <summary>
/// Settings <c>Shopify__BaseUrl</c> (https://{shop}.myshopify.com/admin/api/2025-01/, the Admin API version in the path)
/// and <c>Shopify__AccessToken</c> (the app's Admin API access token, shpat_...).
/// </summary>
public sealed class ShopifyOptions : PartnerOptions
{
    public const string Section = "Shopify";

    public string AccessToken { get; set; } = "";
}
