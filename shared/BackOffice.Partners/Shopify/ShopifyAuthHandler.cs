using System.Net;

namespace BackOffice.Partners.Shopify;

/// <summary>Adds <c>X-Shopify-Access-Token</c>; on a 401 a client-credentials token is renewed once and the request resent once.</summary>
public sealed class ShopifyAuthHandler(ShopifyTokenCache tokens, IShopifyAuthApi auth) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(auth, cancellationToken);
        SetToken(request, token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || await tokens.RenewAsync(auth, token, cancellationToken) is not { } renewed)
        {
            return response;
        }

        // Revoked or expired early; GraphQL bodies are JSON content that can be sent again.
        response.Dispose();
        SetToken(request, renewed);
        return await base.SendAsync(request, cancellationToken);
    }

    private static void SetToken(HttpRequestMessage request, string token)
    {
        request.Headers.Remove(ShopifyHeaders.AccessToken);
        request.Headers.TryAddWithoutValidation(ShopifyHeaders.AccessToken, token);
    }
}
