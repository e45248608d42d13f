using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Shopify;

/// <summary>Shopify Admin API: <c>X-Shopify-Access-Token</c>, a token the grant issued and not expired; errors are <c>{ "errors": ... }</c>.</summary>
public static class ShopifyProfile
{
    public const string AccessTokenHeader = "X-Shopify-Access-Token";

    public static readonly PartnerProfile Instance = new(
        PartnerNames.Shopify,
        request => request.HttpContext.RequestServices.GetRequiredService<ShopifyTokens>().IsValid(request.Headers[AccessTokenHeader].FirstOrDefault()),
        (status, message) => new
        {
            errors = status == StatusCodes.Status401Unauthorized
                ? "[API] Invalid API key or access token (unrecognized login or wrong password)"
                : message,
        });
}
