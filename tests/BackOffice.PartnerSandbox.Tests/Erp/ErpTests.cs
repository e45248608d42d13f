using BackOffice.PartnerSandbox.Tests.Support;

namespace BackOffice.PartnerSandbox.Tests.Erp;

public sealed class ErpTests
{
    [Fact]
    public async Task Stock_set_through_the_control_api_is_what_the_erp_reports()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (set, _) = await sandbox.SendAsync(HttpMethod.Post, "_sandbox/stock", new[] { new { sku = "SKU-1", quantity = 12 }, new { sku = "SKU-2", quantity = 0 } });
        var (_, all) = await sandbox.SendAsync(HttpMethod.Get, "erp/stock");
        var (_, one) = await sandbox.SendAsync(HttpMethod.Get, "erp/stock/SKU-1");
        var (missing, _) = await sandbox.SendAsync(HttpMethod.Get, "erp/stock/SKU-9");

        Assert.Equal(204, set);
        Assert.Equal(2, all!["items"]!.AsArray().Count);
        Assert.Equal("SKU-1", all["items"]![0]!["sku"]!.GetValue<string>());
        Assert.Null(all["nextPage"]);
        Assert.Equal(12, one!["quantity"]!.GetValue<int>());
        Assert.Equal(404, missing);
    }

    [Fact]
    public async Task Negative_quantities_are_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, _) = await sandbox.SendAsync(HttpMethod.Post, "_sandbox/stock", new[] { new { sku = "SKU-1", quantity = -1 } });

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task Stock_and_prices_are_read_page_by_page()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.SendAsync(HttpMethod.Post, "_sandbox/stock", Enumerable.Range(0, 5).Select(i => new { sku = $"SKU-{i}", quantity = i }).ToArray());
        await sandbox.SendAsync(HttpMethod.Post, "_sandbox/prices", new object[]
        {
            new { sku = "SKU-1", listPrice = 4990, promotions = new[] { new { price = 3990, start = "2026-12-01T10:00:00Z", end = "2026-12-02T10:00:00Z" } } },
            new { sku = "SKU-2", listPrice = 0 },
        });

        var (_, first) = await sandbox.SendAsync(HttpMethod.Get, "erp/stock?page=1&pageSize=2");
        var (_, last) = await sandbox.SendAsync(HttpMethod.Get, "erp/stock?page=3&pageSize=2");
        var (_, prices) = await sandbox.SendAsync(HttpMethod.Get, "erp/prices?page=1&pageSize=10");
        var (tooBig, _) = await sandbox.SendAsync(HttpMethod.Get, "erp/stock?pageSize=1001");

        Assert.Equal(2, first!["nextPage"]!.GetValue<int>());
        Assert.Equal(5, first["total"]!.GetValue<int>());
        Assert.Equal("SKU-4", last!["items"]![0]!["sku"]!.GetValue<string>());
        Assert.Null(last["nextPage"]);
        Assert.Equal(3990, prices!["items"]![0]!["promotions"]![0]!["price"]!.GetValue<int>());
        Assert.Equal(0, prices["items"]![1]!["listPrice"]!.GetValue<int>());
        Assert.Equal(400, tooBig);
    }

    [Fact]
    public async Task A_promotion_ending_before_it_starts_is_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, _) = await sandbox.SendAsync(HttpMethod.Post, "_sandbox/prices", new[] { new { sku = "SKU-1", listPrice = 4990, promotions = new[] { new { price = 3990, start = "2026-12-02T10:00:00Z", end = "2026-12-01T10:00:00Z" } } } });

        Assert.Equal(400, status);
    }
}
