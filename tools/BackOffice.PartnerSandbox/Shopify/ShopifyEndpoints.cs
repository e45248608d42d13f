using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Shopify;

/// <summary>Shopify Admin API 2025-01 under <c>/shopify/</c>: the paths of https://{shop}.myshopify.com/.</summary>
public static class ShopifyEndpoints
{
    public const string ApiVersion = "2025-01";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup($"/shopify/admin/api/{ApiVersion}").AddEndpointFilter(new PartnerGate(ShopifyProfile.Instance, requireAuth: true));

        api.MapPost("/orders/{orderId:long}/fulfillments.json", async (HttpContext http, long orderId, ShopifySimulator shopify, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok
                ? effects.Run(http, PartnerNames.Shopify, "fulfillment.create", null, () => shopify.Fulfill(orderId, body))
                : ShopifyProfile.Instance.Error(400, "Bad Request");
        });

        api.MapPost("/orders/{orderId:long}/cancel.json", async (HttpContext http, long orderId, ShopifySimulator shopify, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok
                ? effects.Run(http, PartnerNames.Shopify, "order.cancel", null, () => shopify.Cancel(orderId, body))
                : ShopifyProfile.Instance.Error(400, "Bad Request");
        });

        api.MapPost("/graphql.json", async (HttpContext http, ShopifySimulator shopify, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok
                ? effects.Run(http, PartnerNames.Shopify, "fulfillment.create", null, () => shopify.GraphQl(body))
                : ShopifyProfile.Instance.Error(400, "Bad Request");
        });
    }
}
