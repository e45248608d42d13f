using Refit;

namespace BackOffice.Partners.Shopify;

/// <summary>
/// The GraphQL Admin API of the shop, at <c>/admin/api/{version}/graphql.json</c> (the REST Admin API is legacy since
/// October 2024). The access token is added by <see cref="ShopifyAuthHandler"/>.
/// </summary>
public interface IShopifyAdminApi
{
    [Post("/admin/api/{version}/graphql.json")]
    Task<ShopifyGraphQlResponse<ShopifyOrderData>> QueryOrderAsync(string version, [Body] ShopifyGraphQlRequest request, CancellationToken cancellationToken);

    [Post("/admin/api/{version}/graphql.json")]
    Task<ShopifyGraphQlResponse<ShopifyFulfillmentCreateData>> CreateFulfillmentAsync(string version, [Body] ShopifyGraphQlRequest request, CancellationToken cancellationToken);

    [Post("/admin/api/{version}/graphql.json")]
    Task<ShopifyGraphQlResponse<ShopifyOrderCancelData>> CancelOrderAsync(string version, [Body] ShopifyGraphQlRequest request, CancellationToken cancellationToken);

    /// <summary>Catalog calls, read as JSON: their answers carry <c>extensions.cost</c>, which the catalog paces itself by.</summary>
    [Post("/admin/api/{version}/graphql.json")]
    Task<System.Text.Json.Nodes.JsonObject> CatalogAsync(string version, [Body] ShopifyGraphQlRequest request, CancellationToken cancellationToken);

    [Post("/admin/api/{version}/graphql.json")]
    Task<ShopifyGraphQlResponse<ShopifyJobData>> QueryJobAsync(string version, [Body] ShopifyGraphQlRequest request, CancellationToken cancellationToken);
}
