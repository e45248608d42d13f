using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BackOffice.PartnerSandbox.Catalog;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Shopify;

/// <summary>
/// The catalog side of Shopify's GraphQL Admin API, as the hub uses it (shopify.dev/docs/api/admin-graphql):
/// <list type="bullet">
/// <item><c>productVariants(first, query: "sku:A OR sku:B")</c>: each SKU's variant, product and inventory item;</item>
/// <item><c>inventorySetQuantities(input: { name, reason, quantities: [{ inventoryItemId, locationId, quantity,
/// changeFromQuantity }] })</c>: since 2026-04 each quantity must carry <c>changeFromQuantity</c> (null opts out of the
/// compare-and-set; a stale one fails with CHANGE_FROM_QUANTITY_STALE) and the mutation needs <c>@idempotent(key:)</c>;
/// a repeated key returns the first answer and changes nothing;</item>
/// <item><c>productVariantsBulkUpdate(productId, variants: [{ id, price, compareAtPrice }])</c>: variants of one product.</item>
/// </list>
/// Every answer carries <c>extensions.cost</c>; a request whose cost the bucket cannot hold gets <c>THROTTLED</c>.
/// </summary>
public sealed partial class ShopifyCatalogGraphQl(StorefrontCatalog catalog, CatalogRateLimits limits, CallLedger ledger, IdempotencyStore keys)
{
    /// <summary>The most quantities the sandbox takes in one <c>inventorySetQuantities</c> (Shopify's input limit is 250).</summary>
    public const int MaxQuantities = 250;

    private const int MutationCost = 10;

    public static bool Handles(string query) =>
        query.Contains("inventorySetQuantities", StringComparison.Ordinal)
        || query.Contains("productVariantsBulkUpdate", StringComparison.Ordinal)
        || query.Contains("productVariants(", StringComparison.Ordinal);

    public IResult Answer(string version, JsonNode? body)
    {
        var query = body.Text("query") ?? "";
        var variables = body.At("variables");
        var first = variables.At("first") is JsonValue count && count.TryGetValue<int>(out var size) ? size : 50;
        var lookup = !query.Contains("inventorySetQuantities", StringComparison.Ordinal) && !query.Contains("productVariantsBulkUpdate", StringComparison.Ordinal);
        var cost = lookup ? 2 + Math.Min(first, 250) : MutationCost;
        var budget = limits[CatalogRateLimits.Shopify];
        if (budget.TryTake(cost, out var left) != TimeSpan.Zero)
        {
            return Results.Json(new JsonObject
            {
                ["errors"] = new JsonArray(new JsonObject
                {
                    ["message"] = "Throttled",
                    ["extensions"] = new JsonObject { ["code"] = "THROTTLED", ["documentation"] = "https://shopify.dev/api/usage/limits" },
                }),
                ["extensions"] = Cost(cost, null, budget, left),
            });
        }

        if (lookup)
        {
            return Reply(Lookup(variables, first), cost, budget, left);
        }

        if (query.Contains("productVariantsBulkUpdate", StringComparison.Ordinal))
        {
            return Reply(UpdatePrices(variables), cost, budget, left);
        }

        if (string.CompareOrdinal(version, "2026-04") >= 0 && IdempotencyKey(query, variables) is null)
        {
            return Reply(Errors("inventorySetQuantities requires the @idempotent directive with a key since 2026-04."), cost, budget, left);
        }

        var key = IdempotencyKey(query, variables);
        var (reply, _) = keys.RunOnce(PartnerNames.Shopify, key is null ? null : "inventory:" + key, () => PartnerReply.Json(200, SetQuantities(variables, key, version)));
        return Reply((JsonObject)reply.Body!, cost, budget, left);
    }

    private JsonObject Lookup(JsonNode? variables, int first)
    {
        var skus = SkuTerm().Matches(variables.Text("query") ?? "").Select(match => match.Groups["sku"].Value).Distinct().Take(first);
        var nodes = new JsonArray();
        foreach (var variant in skus.Select(catalog.Variant))
        {
            nodes.Add(new JsonObject
            {
                ["id"] = variant.VariantId,
                ["sku"] = variant.Sku,
                ["product"] = new JsonObject { ["id"] = variant.ProductId },
                ["inventoryItem"] = new JsonObject { ["id"] = variant.InventoryItemId },
            });
        }

        return Data("productVariants", new JsonObject { ["nodes"] = nodes });
    }

    private JsonObject SetQuantities(JsonNode? variables, string? key, string version)
    {
        var input = variables.At("input");
        var quantities = input.Items("quantities").ToList();
        var errors = new List<(string Field, string Code, string Message)>();
        if (input.Text("name") is not ("available" or "on_hand"))
        {
            errors.Add(("input.name", "INVALID_NAME", "name must be available or on_hand."));
        }

        if (string.IsNullOrWhiteSpace(input.Text("reason")))
        {
            errors.Add(("input.reason", "INVALID_REASON", "reason is required."));
        }

        if (quantities.Count is 0 or > MaxQuantities)
        {
            errors.Add(("input.quantities", "INVALID_QUANTITY", $"between 1 and {MaxQuantities} quantities per call."));
        }

        var changes = new List<(ShopifyVariant Variant, int Quantity)>();
        foreach (var (line, index) in quantities.Select((line, index) => (line, index)))
        {
            var field = $"input.quantities.{index}";
            var variant = catalog.ById(line.Text("inventoryItemId"));
            if (variant is null || string.IsNullOrEmpty(line.Text("locationId")))
            {
                errors.Add((field, "INVALID_INVENTORY_ITEM", "The specified inventory item could not be found."));
                continue;
            }

            if (line.At("quantity") is not JsonValue amount || !amount.TryGetValue<int>(out var quantity))
            {
                errors.Add((field + ".quantity", "INVALID_QUANTITY", "quantity must be an integer."));
                continue;
            }

            if (string.CompareOrdinal(version, "2026-04") >= 0 && (line is not JsonObject fields || !fields.ContainsKey("changeFromQuantity")))
            {
                errors.Add((field + ".changeFromQuantity", "INVALID_CHANGE_FROM_QUANTITY", "changeFromQuantity is required; pass null to opt out of the check."));
                continue;
            }

            if (line.At("changeFromQuantity") is JsonValue expected && expected.TryGetValue<int>(out var from)
                && from != (catalog.Quantity(PartnerNames.Shopify, variant.Sku) ?? 0))
            {
                errors.Add((field + ".changeFromQuantity", "CHANGE_FROM_QUANTITY_STALE", "The quantity changed since changeFromQuantity was read."));
                continue;
            }

            changes.Add((variant, quantity));
        }

        if (errors.Count > 0)
        {
            // The mutation is all or nothing: one bad line leaves every quantity as it was.
            return Data("inventorySetQuantities", new JsonObject { ["inventoryAdjustmentGroup"] = null, ["userErrors"] = UserErrors(errors) });
        }

        foreach (var (variant, quantity) in changes)
        {
            catalog.SetQuantity(PartnerNames.Shopify, variant.Sku, quantity);
            ledger.Record(PartnerNames.Shopify, "inventory.set", variant.Sku, key, 200);
        }

        return Data("inventorySetQuantities", new JsonObject
        {
            ["inventoryAdjustmentGroup"] = new JsonObject { ["id"] = "gid://shopify/InventoryAdjustmentGroup/" + Guid.NewGuid().ToString("N"), ["reason"] = input.Text("reason") },
            ["userErrors"] = new JsonArray(),
        });
    }

    private JsonObject UpdatePrices(JsonNode? variables)
    {
        var productId = variables.Text("productId");
        var lines = variables.Items("variants").ToList();
        var errors = new List<(string Field, string Code, string Message)>();
        var changes = new List<(ShopifyVariant Variant, decimal Price)>();
        foreach (var (line, index) in lines.Select((line, index) => (line, index)))
        {
            var variant = catalog.ById(line.Text("id"));
            if (variant is null || variant.ProductId != productId)
            {
                errors.Add(($"variants.{index}.id", "PRODUCT_VARIANT_DOES_NOT_EXIST", "Product variant does not exist on this product."));
                continue;
            }

            if (!decimal.TryParse(line.Text("price"), NumberStyles.Number, CultureInfo.InvariantCulture, out var price) || price < 0)
            {
                errors.Add(($"variants.{index}.price", "INVALID_INPUT", "price must be a non-negative decimal."));
                continue;
            }

            changes.Add((variant, price));
        }

        if (lines.Count == 0 || errors.Count > 0)
        {
            return Data("productVariantsBulkUpdate", new JsonObject { ["productVariants"] = null, ["userErrors"] = UserErrors(errors.Count > 0 ? errors : [("variants", "INVALID_INPUT", "variants is empty.")]) });
        }

        var updated = new JsonArray();
        foreach (var (variant, price) in changes)
        {
            catalog.SetPrice(PartnerNames.Shopify, variant.Sku, price);
            ledger.Record(PartnerNames.Shopify, "price.update", variant.Sku, null, 200);
            updated.Add(new JsonObject { ["id"] = variant.VariantId, ["price"] = price.ToString("0.00", CultureInfo.InvariantCulture) });
        }

        return Data("productVariantsBulkUpdate", new JsonObject { ["productVariants"] = updated, ["userErrors"] = new JsonArray() });
    }

    private static string? IdempotencyKey(string query, JsonNode? variables)
    {
        var match = IdempotentDirective().Match(query);
        if (!match.Success)
        {
            return null;
        }

        var key = match.Groups["literal"].Success ? match.Groups["literal"].Value : variables.Text(match.Groups["variable"].Value);
        return string.IsNullOrWhiteSpace(key) ? null : key;
    }

    private static IResult Reply(JsonObject body, int cost, RateBudget budget, double left)
    {
        body["extensions"] = Cost(cost, cost, budget, left);
        return Results.Json(body);
    }

    private static JsonObject Cost(int requested, int? actual, RateBudget budget, double left) => new()
    {
        ["cost"] = new JsonObject
        {
            ["requestedQueryCost"] = requested,
            ["actualQueryCost"] = actual,
            ["throttleStatus"] = new JsonObject
            {
                ["maximumAvailable"] = budget.Capacity,
                ["currentlyAvailable"] = Math.Floor(left),
                ["restoreRate"] = budget.RestorePerSecond,
            },
        },
    };

    private static JsonObject Data(string field, JsonObject payload) => new() { ["data"] = new JsonObject { [field] = payload } };

    private static JsonObject Errors(string message) => new() { ["errors"] = new JsonArray(new JsonObject { ["message"] = message }) };

    private static JsonArray UserErrors(IEnumerable<(string Field, string Code, string Message)> errors) =>
        new([.. errors.Select(error => (JsonNode)new JsonObject { ["field"] = new JsonArray([.. error.Field.Split('.').Select(part => (JsonNode?)part)]), ["code"] = error.Code, ["message"] = error.Message })]);

    [GeneratedRegex("""sku:(?:"(?<sku>[^"]+)"|'(?<sku>[^']+)'|(?<sku>[^\s()"']+))""")]
    private static partial Regex SkuTerm();

    [GeneratedRegex("""@idempotent\s*\(\s*key\s*:\s*(?:"(?<literal>[^"]*)"|\$(?<variable>\w+))\s*\)""")]
    private static partial Regex IdempotentDirective();
}
