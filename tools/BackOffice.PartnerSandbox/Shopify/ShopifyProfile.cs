using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Shopify;

/// <summary>Shopify Admin API: <c>X-Shopify-Access-Token</c>; errors are <c>{ "errors": ... }</c>.</summary>
public static class ShopifyProfile
{
    public static readonly PartnerProfile Instance = new(
        PartnerNames.Shopify,
        request => Credentials.HasHeader(request, "X-Shopify-Access-Token"),
        (status, message) => new
        {
            errors = status == StatusCodes.Status401Unauthorized
                ? "[API] Invalid API key or access token (unrecognized login or wrong password)"
                : message,
        });
}
