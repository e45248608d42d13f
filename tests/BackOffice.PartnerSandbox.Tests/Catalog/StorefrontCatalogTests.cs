using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Tests.Support;

namespace BackOffice.PartnerSandbox.Tests.Catalog;

public sealed class StorefrontCatalogTests
{
    private const string Inventory = "vtex/api/logistics/pvt/inventory/skus/{0}/warehouses/1_1";
    private const string Pricing = "vtex-pricing/backofficedev/pricing/prices/{0}";

    private const string SetQuantities = """
        mutation Set($input: InventorySetQuantitiesInput!, $key: String!) {
          inventorySetQuantities(input: $input) @idempotent(key: $key) { inventoryAdjustmentGroup { id } userErrors { field message code } }
        }
        """;

    [Fact]
    public async Task Vtex_inventory_and_price_writes_need_credentials_and_are_one_ledger_entry_per_sku()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (unauthorized, _) = await sandbox.SendAsync(HttpMethod.Put, string.Format(Inventory, "SKU-1"), new { quantity = 3, unlimitedQuantity = false });
        var (stock, _) = await sandbox.SendAsync(HttpMethod.Put, string.Format(Inventory, "SKU-1"), new { quantity = 3, unlimitedQuantity = false }, HeaderValues.Vtex);
        var (negative, _) = await sandbox.SendAsync(HttpMethod.Put, string.Format(Inventory, "SKU-1"), new { quantity = -1, unlimitedQuantity = false }, HeaderValues.Vtex);
        var (price, _) = await sandbox.SendAsync(HttpMethod.Put, string.Format(Pricing, "SKU-1"), new { basePrice = 39.90m, listPrice = 49.90m }, HeaderValues.Vtex);
        var calls = await sandbox.CallsAsync("SKU-1", "vtex");

        Assert.Equal(401, unauthorized);
        Assert.Equal(200, stock);
        Assert.Equal(400, negative);
        Assert.Equal(200, price);
        Assert.Equal(["inventory.update", "price.update"], calls.Select(call => call!["operation"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Vtex_answers_429_with_retry_after_past_its_budget_and_records_nothing_for_it()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.SendAsync(HttpMethod.Post, "_sandbox/ratelimits", new { budget = "vtex-inventory", capacity = 2, restorePerSecond = 0.01 });

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await sandbox.SendAsync(HttpMethod.Put, string.Format(Inventory, $"SKU-{i}"), new { quantity = 1, unlimitedQuantity = false }, HeaderValues.Vtex)).Status);
        }

        using var limited = await sandbox.Http.SendAsync(TestSandbox.Request(HttpMethod.Put, string.Format(Inventory, "SKU-9"), new { quantity = 1, unlimitedQuantity = false }, HeaderValues.Vtex));

        Assert.Equal([200, 200, 429], statuses);
        Assert.Equal(429, (int)limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(2, (await sandbox.CallsAsync(partner: "vtex")).Count);
    }

    [Fact]
    public async Task Shopify_sets_quantities_once_per_idempotency_key_and_records_each_sku()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var token = await ShopifyCalls.HeaderAsync(sandbox);
        var variants = await LookupAsync(sandbox, token, "SKU-10", "SKU-11");

        var variables = Quantities(variants, changeFrom: true);
        var (_, first) = await sandbox.SendAsync(HttpMethod.Post, ShopifyCalls.GraphQl, new { query = SetQuantities, variables }, token);
        var (_, replay) = await sandbox.SendAsync(HttpMethod.Post, ShopifyCalls.GraphQl, new { query = SetQuantities, variables }, token);
        var (_, noKey) = await sandbox.SendAsync(HttpMethod.Post, ShopifyCalls.GraphQl, new { query = SetQuantities.Replace(" @idempotent(key: $key)", "", StringComparison.Ordinal), variables }, token);
        var (_, noChangeFrom) = await sandbox.SendAsync(HttpMethod.Post, ShopifyCalls.GraphQl, new { query = SetQuantities, variables = Quantities(variants, changeFrom: false) }, token);
        var calls = await sandbox.CallsAsync(partner: "shopify");

        Assert.Empty(first!["data"]!["inventorySetQuantities"]!["userErrors"]!.AsArray());
        Assert.NotNull(first["extensions"]!["cost"]!["throttleStatus"]!["currentlyAvailable"]);
        Assert.Equal(first["data"]!.ToJsonString(), replay!["data"]!.ToJsonString());
        Assert.Contains("@idempotent", noKey!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("INVALID_CHANGE_FROM_QUANTITY", noChangeFrom!["data"]!["inventorySetQuantities"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["SKU-10", "SKU-11"], calls.Where(call => call!["operation"]!.GetValue<string>() == "inventory.set").Select(call => call!["orderRef"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Shopify_updates_prices_per_product_and_throttles_past_its_cost_budget()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var token = await ShopifyCalls.HeaderAsync(sandbox);
        var variants = await LookupAsync(sandbox, token, "SKU-20", "SKU-21", "SKU-30");
        var product = variants["SKU-20"]!["product"]!["id"]!.GetValue<string>();
        await sandbox.SendAsync(HttpMethod.Post, "_sandbox/ratelimits", new { budget = "shopify", capacity = 15, restorePerSecond = 0.01 });

        var (_, updated) = await sandbox.SendAsync(HttpMethod.Post, ShopifyCalls.GraphQl, Prices(product, variants["SKU-20"]!, variants["SKU-21"]!), token);
        var (_, throttled) = await sandbox.SendAsync(HttpMethod.Post, ShopifyCalls.GraphQl, Prices(product, variants["SKU-20"]!), token);
        var calls = await sandbox.CallsAsync(partner: "shopify");

        Assert.Equal(product, variants["SKU-21"]!["product"]!["id"]!.GetValue<string>());
        Assert.NotEqual(product, variants["SKU-30"]!["product"]!["id"]!.GetValue<string>());
        Assert.Empty(updated!["data"]!["productVariantsBulkUpdate"]!["userErrors"]!.AsArray());
        Assert.Equal("THROTTLED", throttled!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(15, throttled["extensions"]!["cost"]!["throttleStatus"]!["maximumAvailable"]!.GetValue<double>());
        Assert.Equal(2, calls.Count(call => call!["operation"]!.GetValue<string>() == "price.update"));
    }

    private static async Task<Dictionary<string, JsonNode?>> LookupAsync(TestSandbox sandbox, (string, string) token, params string[] skus)
    {
        var (_, answer) = await sandbox.SendAsync(HttpMethod.Post, ShopifyCalls.GraphQl, new
        {
            query = "query V($first: Int!, $query: String!) { productVariants(first: $first, query: $query) { nodes { id sku product { id } inventoryItem { id } } } }",
            variables = new { first = 10, query = string.Join(" OR ", skus.Select(sku => $"sku:\"{sku}\"")) },
        }, token);
        return answer!["data"]!["productVariants"]!["nodes"]!.AsArray().ToDictionary(node => node!["sku"]!.GetValue<string>(), node => node);
    }

    private static object Quantities(Dictionary<string, JsonNode?> variants, bool changeFrom) => new
    {
        key = Guid.NewGuid().ToString(),
        input = new
        {
            name = "available",
            reason = "correction",
            quantities = variants.Values.Select(variant => changeFrom
                ? (object)new { inventoryItemId = variant!["inventoryItem"]!["id"]!.GetValue<string>(), locationId = "gid://shopify/Location/1", quantity = 5, changeFromQuantity = (int?)null }
                : new { inventoryItemId = variant!["inventoryItem"]!["id"]!.GetValue<string>(), locationId = "gid://shopify/Location/1", quantity = 5 }).ToArray(),
        },
    };

    private static object Prices(string product, params JsonNode[] variants) => new
    {
        query = "mutation P($productId: ID!, $variants: [ProductVariantsBulkInput!]!) { productVariantsBulkUpdate(productId: $productId, variants: $variants) { productVariants { id } userErrors { field message code } } }",
        variables = new { productId = product, variants = variants.Select(variant => new { id = variant["id"]!.GetValue<string>(), price = "39.90", compareAtPrice = "49.90" }).ToArray() },
    };
}
