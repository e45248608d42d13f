using System.Globalization;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Catalog;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Vtex;

/// <summary>
/// VTEX's catalog writes the hub makes: the Logistics API's inventory
/// (<c>PUT /api/logistics/pvt/inventory/skus/{skuId}/warehouses/{warehouseId}</c> with <c>{ quantity, unlimitedQuantity,
/// dateUtcOnBalanceSystem }</c>, developers.vtex.com logistics-api) under <c>/vtex/</c>, and the Pricing API
/// (<c>PUT /pricing/prices/{itemId}</c> with <c>{ basePrice, listPrice, costPrice, markup, fixedPrices }</c>, VTEX's
/// openapi-schemas "VTEX - Pricing API.json"), served by VTEX at https://api.vtex.com/{account}/ and here under
/// <c>/vtex-pricing/{account}/</c>. Both take the AppKey/AppToken pair and answer 429 with Retry-After past their budget.
/// Each accepted write is one ledger entry, its order reference the SKU.
/// </summary>
public static class VtexCatalogEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var gate = new PartnerGate(VtexProfile.Instance, requireAuth: true);

        app.MapPut("/vtex/api/logistics/pvt/inventory/skus/{skuId}/warehouses/{warehouseId}", async (HttpContext http, string skuId, string warehouseId, StorefrontCatalog catalog, CatalogRateLimits limits, CallLedger ledger) =>
        {
            if (Throttled(http, limits[CatalogRateLimits.VtexInventory]) is { } refused)
            {
                return refused;
            }

            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            var unlimited = body.At("unlimitedQuantity") is JsonValue flag && flag.TryGetValue<bool>(out var value) && value;
            if (!ok || body.At("quantity") is not JsonValue quantityNode || !quantityNode.TryGetValue<int>(out var quantity) || (quantity < 0 && !unlimited))
            {
                return VtexProfile.Instance.Error(400, "quantity must be a non-negative integer.");
            }

            catalog.SetQuantity(PartnerNames.Vtex, skuId, quantity);
            ledger.Record(PartnerNames.Vtex, "inventory.update", skuId, null, 200);
            return Results.Json(true);
        }).AddEndpointFilter(gate);

        app.MapPut("/vtex-pricing/{account}/pricing/prices/{itemId}", async (HttpContext http, string itemId, StorefrontCatalog catalog, CatalogRateLimits limits, CallLedger ledger) =>
        {
            if (Throttled(http, limits[CatalogRateLimits.VtexPricing]) is { } refused)
            {
                return refused;
            }

            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            var basePrice = body.Number("basePrice");
            if (!ok || basePrice is null || basePrice < 0 || body.Number("listPrice") is < 0)
            {
                return VtexProfile.Instance.Error(400, "basePrice is required and prices cannot be negative.");
            }

            catalog.SetPrice(PartnerNames.Vtex, itemId, basePrice.Value);
            ledger.Record(PartnerNames.Vtex, "price.update", itemId, null, 200);
            return Results.Ok();
        }).AddEndpointFilter(gate);
    }

    private static IResult? Throttled(HttpContext http, RateBudget budget)
    {
        var wait = budget.TryTake(1, out _);
        if (wait == TimeSpan.Zero)
        {
            return null;
        }

        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return VtexProfile.Instance.Error(429, "Too Many Requests");
    }
}
