using Refit;

namespace BackOffice.Partners.Shopify;

/// <summary>Shopify Admin API under its version path (…/admin/api/2025-01/); <c>X-Shopify-Access-Token</c> on every call.</summary>
public interface IShopifyAdminApi
{
    [Post("/graphql.json")]
    Task<ShopifyGraphQlResponse<ShopifyFulfillmentOrdersData>> QueryFulfillmentOrdersAsync([Body] ShopifyGraphQlRequest request, CancellationToken cancellationToken);

    [Post("/graphql.json")]
    Task<ShopifyGraphQlResponse<ShopifyFulfillmentCreateData>> CreateFulfillmentAsync([Body] ShopifyGraphQlRequest request, CancellationToken cancellationToken);

    /// <summary>Answered raw: a 422 for an order already cancelled means done, not failed.</summary>
    [Post("/orders/{orderId}/cancel.json")]
    Task<HttpResponseMessage> CancelOrderAsync(long orderId, [Body] ShopifyCancelRequest request, CancellationToken cancellationToken);
}
