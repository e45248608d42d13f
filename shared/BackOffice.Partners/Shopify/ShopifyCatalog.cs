using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using BackOffice.Application.Catalog;
using BackOffice.Partners.Catalog;
using BackOffice.Partners.Http;
using Microsoft.Extensions.Options;

namespace BackOffice.Partners.Shopify;

/// <summary>
/// Stock and prices to Shopify through the GraphQL Admin API: a SKU's variant, product and inventory item are looked up
/// once (<c>productVariants</c> by <c>sku:</c>, 50 at a time) and kept for the app's life; quantities go 250 per
/// <c>inventorySetQuantities</c>, each call with its own idempotency key; prices per product (<c>productVariantsBulkUpdate</c>
/// takes one product's variants). Shopify limits by calculated cost: a THROTTLED answer is waited out for as long as
/// its <c>throttleStatus</c> says the bucket needs to hold the request again.
/// </summary>
public sealed class ShopifyCatalog(IShopifyAdminApi api, IOptions<ShopifyOptions> options, ShopifyVariantCache variants, TimeProvider clock) : IStorefrontCatalog
{
    public string Storefront => "shopify";

    /// <summary>Shopify's limit on quantities per <c>inventorySetQuantities</c>.</summary>
    public int BatchSize => 250;

    private string Version => options.Value.ApiVersion;

    public async Task<IReadOnlyList<PushFailure>> PushAsync(CatalogKind kind, IReadOnlyList<CatalogEntry> entries, CancellationToken cancellationToken)
    {
        var failures = new List<PushFailure>();
        var known = await ResolveAsync(entries.Select(entry => entry.Sku), cancellationToken);
        var found = new List<(CatalogEntry Entry, ShopifyVariantRef Variant)>();
        foreach (var entry in entries)
        {
            if (known.TryGetValue(entry.Sku, out var variant))
            {
                found.Add((entry, variant));
            }
            else
            {
                failures.Add(new PushFailure(entry.Sku, "no Shopify variant has this SKU"));
            }
        }

        if (found.Count == 0)
        {
            return failures;
        }

        if (kind == CatalogKind.Stock)
        {
            failures.AddRange(await SetQuantitiesAsync(found, cancellationToken));
            return failures;
        }

        foreach (var product in found.GroupBy(item => item.Variant.ProductId))
        {
            failures.AddRange(await UpdatePricesAsync(product.Key, [.. product], cancellationToken));
        }

        return failures;
    }

    private async Task<IReadOnlyList<PushFailure>> SetQuantitiesAsync(IReadOnlyList<(CatalogEntry Entry, ShopifyVariantRef Variant)> items, CancellationToken cancellationToken)
    {
        var quantities = items.Select(item => new Dictionary<string, object?>
        {
            ["inventoryItemId"] = item.Variant.InventoryItemId,
            ["locationId"] = options.Value.LocationId,
            ["quantity"] = item.Entry.Quantity,
            ["changeFromQuantity"] = null,
        }).ToList();
        var input = new Dictionary<string, object?> { ["name"] = "available", ["reason"] = "correction", ["quantities"] = quantities };
        var answer = await CallAsync(ShopifyCatalogQueries.SetQuantities, new() { ["input"] = input, ["idempotencyKey"] = Guid.NewGuid().ToString() }, cancellationToken);
        return UserErrors(answer, "inventorySetQuantities", items.Select(item => item.Entry.Sku));
    }

    private async Task<IReadOnlyList<PushFailure>> UpdatePricesAsync(string productId, IReadOnlyList<(CatalogEntry Entry, ShopifyVariantRef Variant)> items, CancellationToken cancellationToken)
    {
        var lines = items.Select(item => new Dictionary<string, object?>
        {
            ["id"] = item.Variant.VariantId,
            ["price"] = Decimal(item.Entry.Price!.PriceCents),
            // The struck-through "compare at" price only while a promotion is in force.
            ["compareAtPrice"] = item.Entry.Price.OnPromotion ? Decimal(item.Entry.Price.ListPriceCents) : null,
        }).ToList();
        var answer = await CallAsync(ShopifyCatalogQueries.UpdatePrices, new() { ["productId"] = productId, ["variants"] = lines }, cancellationToken);
        return UserErrors(answer, "productVariantsBulkUpdate", items.Select(item => item.Entry.Sku));
    }

    private async Task<IReadOnlyDictionary<string, ShopifyVariantRef>> ResolveAsync(IEnumerable<string> skus, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ShopifyVariantRef>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var sku in skus.Distinct(StringComparer.Ordinal))
        {
            if (variants.Find(sku) is { } known)
            {
                found[sku] = known;
            }
            else
            {
                missing.Add(sku);
            }
        }

        foreach (var chunk in missing.Chunk(ShopifyCatalogQueries.LookupBatch))
        {
            var answer = await CallAsync(ShopifyCatalogQueries.Variants, new() { ["first"] = chunk.Length * 2, ["query"] = ShopifyCatalogQueries.SkuSearch(chunk) }, cancellationToken);
            var wanted = chunk.ToHashSet(StringComparer.Ordinal);
            foreach (var node in answer["data"]?["productVariants"]?["nodes"]?.AsArray() ?? [])
            {
                // The search matches loosely; only an exact SKU counts.
                if (node?["sku"]?.GetValue<string>() is { } sku && wanted.Contains(sku)
                    && node["id"]?.GetValue<string>() is { } id && node["product"]?["id"]?.GetValue<string>() is { } product
                    && node["inventoryItem"]?["id"]?.GetValue<string>() is { } item)
                {
                    found[sku] = variants.Remember(new ShopifyVariantRef(sku, id, product, item));
                }
            }
        }

        return found;
    }

    /// <summary>Sends one call, waiting out THROTTLED answers; other top-level errors throw (the whole call failed).</summary>
    private async Task<JsonObject> CallAsync(string query, Dictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var answer = await api.CatalogAsync(Version, new ShopifyGraphQlRequest(query, variables), cancellationToken);
            var errors = answer["errors"]?.AsArray() ?? [];
            if (errors.Count == 0)
            {
                return answer;
            }

            var throttled = errors.Any(error => error?["extensions"]?["code"]?.GetValue<string>() == "THROTTLED");
            if (!throttled || attempt >= RateLimitedRetry.MaxAttempts)
            {
                throw new PartnerApiException("Shopify", System.Net.HttpStatusCode.OK, "GraphQL: " + string.Join("; ", errors.Select(error => error?["message"]?.GetValue<string>())));
            }

            await Task.Delay(RateLimitedRetry.Bounded(Refill(answer)), clock, cancellationToken);
        }
    }

    /// <summary>How long until the bucket holds the request's cost again: (requested − available) / restore rate.</summary>
    internal static TimeSpan? Refill(JsonObject answer)
    {
        var cost = answer["extensions"]?["cost"];
        var requested = cost?["requestedQueryCost"]?.GetValue<double>();
        var available = cost?["throttleStatus"]?["currentlyAvailable"]?.GetValue<double>();
        var restore = cost?["throttleStatus"]?["restoreRate"]?.GetValue<double>();
        return requested is { } need && available is { } have && restore is > 0 ? TimeSpan.FromSeconds(Math.Max(0.05, (need - have) / restore.Value)) : null;
    }

    /// <summary>A mutation's userErrors fail it whole (Shopify applies such a mutation all or nothing).</summary>
    private static IReadOnlyList<PushFailure> UserErrors(JsonObject answer, string mutation, IEnumerable<string> skus)
    {
        var errors = answer["data"]?[mutation]?["userErrors"]?.AsArray() ?? [];
        if (errors.Count == 0)
        {
            return [];
        }

        var reason = $"{mutation}: " + string.Join("; ", errors.Select(error => $"{error?["code"]?.GetValue<string>()} {error?["message"]?.GetValue<string>()}".Trim()));
        return [.. skus.Select(sku => new PushFailure(sku, reason))];
    }

    private static string Decimal(long cents) => Money.ToReais(cents).ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>The SKUs' Shopify ids, kept for the app's life: a variant's ids do not change while it exists.</summary>
public sealed class ShopifyVariantCache
{
    private readonly ConcurrentDictionary<string, ShopifyVariantRef> _bySku = new(StringComparer.Ordinal);

    public ShopifyVariantRef? Find(string sku) => _bySku.TryGetValue(sku, out var variant) ? variant : null;

    public ShopifyVariantRef Remember(ShopifyVariantRef variant) => _bySku[variant.Sku] = variant;
}
