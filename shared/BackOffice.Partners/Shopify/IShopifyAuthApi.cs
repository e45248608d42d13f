using Refit;

namespace BackOffice.Partners.Shopify;

/// <summary>The shop's OAuth endpoint, apart from <see cref="IShopifyAdminApi"/> so that getting a token never needs one.</summary>
public interface IShopifyAuthApi
{
    /// <summary>The client-credentials grant: form fields <c>grant_type=client_credentials</c>, <c>client_id</c>, <c>client_secret</c>.</summary>
    [Post("/admin/oauth/access_token")]
    Task<ShopifyAccessTokenResponse> RequestTokenAsync([Body(BodySerializationMethod.UrlEncoded)] IDictionary<string, string> form, CancellationToken cancellationToken);
}
