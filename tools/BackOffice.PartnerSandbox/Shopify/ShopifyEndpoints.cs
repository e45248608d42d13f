using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Shopify;

/// <summary>
/// Shopify under <c>/shopify/</c>, the paths of https://{shop}.myshopify.com/: the client-credentials token endpoint and
/// the GraphQL Admin API at <c>/admin/api/{version}/graphql.json</c>. The legacy REST endpoints are not served.
/// </summary>
public static class ShopifyEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/shopify/admin/oauth/access_token", async (HttpContext http, ShopifyTokens tokens) =>
        {
            var form = await ReadFieldsAsync(http.Request);
            if (form.GetValueOrDefault("grant_type") != "client_credentials")
            {
                return Results.Json(new { error = "unsupported_grant_type", error_description = "grant_type must be client_credentials." }, statusCode: 400);
            }

            if (string.IsNullOrEmpty(form.GetValueOrDefault("client_id")) || string.IsNullOrEmpty(form.GetValueOrDefault("client_secret")))
            {
                return Results.Json(new { error = "invalid_client", error_description = "client_id and client_secret are required." }, statusCode: 401);
            }

            return Results.Json(new { access_token = tokens.Issue(), scope = "read_orders,write_orders,write_fulfillments,write_inventory,write_products", expires_in = ShopifyTokens.LifetimeSeconds });
        });

        var api = app.MapGroup("/shopify/admin/api/{version}").AddEndpointFilter(new PartnerGate(ShopifyProfile.Instance, requireAuth: true));
        api.MapPost("/graphql.json", async (HttpContext http, string version, ShopifySimulator shopify, ShopifyCatalogGraphQl catalog, EffectRunner effects, TimeProvider clock) =>
        {
            if (ShopifyVersions.Serve(version, clock.GetUtcNow()) is not { } served)
            {
                return ShopifyProfile.Instance.Error(404, "Not Found");
            }

            // Shopify names the version it answered with; a retired one falls forward to the oldest supported.
            http.Response.Headers["X-Shopify-API-Version"] = served;
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            if (!ok)
            {
                return ShopifyProfile.Instance.Error(400, "Bad Request");
            }

            var query = body.Text("query") ?? string.Empty;
            if (ShopifyCatalogGraphQl.Handles(query))
            {
                // Catalog writes record one ledger entry per SKU, so they keep their own books.
                return catalog.Answer(served, body);
            }

            var operation = query.Contains("orderCancel", StringComparison.Ordinal) ? "order.cancel"
                : query.Contains("fulfillmentCreate", StringComparison.Ordinal) ? "fulfillment.create"
                : "graphql.query";
            return effects.Run(http, PartnerNames.Shopify, operation, null, () => shopify.GraphQl(body));
        });
    }

    private static async Task<Dictionary<string, string>> ReadFieldsAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return form.ToDictionary(field => field.Key, field => field.Value.ToString());
        }

        var (ok, body) = await RequestJson.ReadAsync(request);
        return ok && body is JsonObject json
            ? json.Where(field => field.Value is JsonValue).ToDictionary(field => field.Key, field => field.Value!.ToString())
            : [];
    }
}
