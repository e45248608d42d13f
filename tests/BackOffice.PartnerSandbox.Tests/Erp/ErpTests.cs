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
        Assert.Equal(2, all!.AsArray().Count);
        Assert.Equal("SKU-1", all[0]!["sku"]!.GetValue<string>());
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
}
