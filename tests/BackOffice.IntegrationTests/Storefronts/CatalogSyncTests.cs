using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Storefronts;

/// <summary>The stock and price timers against the running stack: ERP simulator in, VTEX and Shopify simulators out.</summary>
public sealed class CatalogSyncTests
{
    private readonly HttpClient _app = Stack.Http();
    private readonly HttpClient _sandbox = new() { BaseAddress = Sandbox.Url, Timeout = TimeSpan.FromSeconds(30) };
    private readonly string _prefix = "CAT-" + Guid.NewGuid().ToString("N")[..8] + "-";

    [Fact]
    public async Task StockAndPriceSync_PushWhatEachStorefrontShouldShow_OnlyWhatChanged_AndNeverAZeroPrice()
    {
        var now = DateTimeOffset.UtcNow;
        await SetAsync("stock", new[] { new { sku = Sku(1), quantity = 5 }, new { sku = Sku(2), quantity = 12 }, new { sku = Sku(3), quantity = 40 } });
        await SetAsync("prices", new object[]
        {
            new { sku = Sku(1), listPrice = 4990, promotions = new[] { new { price = 3990, start = now.AddHours(-1), end = now.AddHours(1) } } },
            new { sku = Sku(2), listPrice = 1990 },
            new { sku = Sku(3), listPrice = 0 },
        });

        await RunAsync("StockSync");
        await RunAsync("PriceSync");
        var first = await ShownAsync(Sku(1), shown => shown.Vtex.Quantity == 5 && shown.Shopify.Quantity == 5 && shown.Vtex.Price == 39.90m && shown.Shopify.Price == 39.90m);
        await ShownAsync(Sku(2), shown => shown.Shopify.Quantity == 12 && shown.Vtex.Price == 19.90m);

        await SetAsync("stock", new[] { new { sku = Sku(1), quantity = 5 }, new { sku = Sku(2), quantity = 13 }, new { sku = Sku(3), quantity = 40 } });
        await RunAsync("StockSync");
        await ShownAsync(Sku(2), shown => shown.Vtex.Quantity == 13 && shown.Shopify.Quantity == 13);

        Assert.Equal(39.90m, first.Vtex.Price);
        Assert.Equal(1, await CountAsync(Sku(1), "vtex", "inventory.update"));
        Assert.Equal(1, await CountAsync(Sku(1), "shopify", "inventory.set"));
        Assert.Equal(2, await CountAsync(Sku(2), "vtex", "inventory.update"));
        Assert.Equal(0, await CountAsync(Sku(3), "vtex", "price.update"));
        Assert.Equal(0, await CountAsync(Sku(3), "shopify", "price.update"));

        var runs = await _app.GetFromJsonAsync<JsonElement>("/api/ops/catalog/runs?limit=50");
        Assert.Contains(runs.EnumerateArray(), run => run.GetProperty("kind").GetString() == "Price" && run.GetProperty("refused").GetInt32() >= 1
            && run.GetProperty("problems").EnumerateArray().Any(problem => problem.GetString()!.StartsWith(Sku(3), StringComparison.Ordinal)));
        var low = await _app.GetFromJsonAsync<JsonElement>("/api/ops/stock/low?limit=1000");
        Assert.Contains(low.EnumerateArray(), item => item.GetProperty("sku").GetString() == Sku(1) && item.GetProperty("available").GetInt32() == 5);
        Assert.DoesNotContain(low.EnumerateArray(), item => item.GetProperty("sku").GetString() == Sku(3));
    }

    private string Sku(int number) => _prefix + number;

    private async Task SetAsync(string what, object body)
    {
        using var response = await _sandbox.PostAsJsonAsync("/_sandbox/" + what, body);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private async Task RunAsync(string function)
    {
        using var response = await _app.PostAsync("/admin/functions/" + function, new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"{function}: {(int)response.StatusCode}");
    }

    private Task<Shown> ShownAsync(string sku, Func<Shown, bool> condition) =>
        Eventually.MatchesAsync(async () => (await _sandbox.GetFromJsonAsync<Shown>("/_sandbox/catalog/" + sku, JsonSerializerOptions.Web))!, condition, TimeSpan.FromSeconds(30), $"the storefronts showing {sku} as expected");

    private async Task<int> CountAsync(string sku, string partner, string operation) =>
        (await _sandbox.GetFromJsonAsync<JsonElement>($"/_sandbox/calls?orderRef={sku}&partner={partner}")).EnumerateArray()
        .Count(call => call.GetProperty("operation").GetString() == operation);

    private sealed record Shown(string Sku, Storefront Vtex, Storefront Shopify);

    private sealed record Storefront(int? Quantity, decimal? Price);
}
