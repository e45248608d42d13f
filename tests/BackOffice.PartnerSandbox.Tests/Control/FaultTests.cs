using System.Diagnostics;
using BackOffice.PartnerSandbox.Tests.Support;

namespace BackOffice.PartnerSandbox.Tests.Control;

public sealed class FaultTests
{
    [Fact]
    public async Task Error_rate_one_fails_every_call_in_the_partners_shape_without_effect()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.SetFaultAsync("focusnfe", errorRate: 1.0);

        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, "focusnfe/v2/nfe?ref=hub-5001", new { items = new[] { new { numero_item = 1 } } }, HeaderValues.FocusNfe);
        var (other, _) = await sandbox.SendAsync(HttpMethod.Get, "erp/stock");

        Assert.Contains(status, new[] { 500, 503 });
        Assert.Equal("erro_interno", body!["codigo"]!.GetValue<string>());
        Assert.Equal(200, other);
        Assert.Empty(await sandbox.CallsAsync());
    }

    [Fact]
    public async Task Timeout_holds_the_request_and_then_answers_504()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.SetFaultAsync("*", errorRate: 0, timeoutRate: 1.0);

        var clock = Stopwatch.StartNew();
        var (status, body) = await sandbox.SendAsync(HttpMethod.Get, "clearsale/v1/orders/x/status", null, HeaderValues.ClearSale);

        Assert.Equal(504, status);
        Assert.NotNull(body!["Message"]);
        Assert.True(clock.Elapsed >= sandbox.Settings.FaultTimeout - TimeSpan.FromMilliseconds(50), $"answered after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_client_that_gives_up_during_a_timeout_leaves_no_effect()
    {
        await using var sandbox = await TestSandbox.StartAsync(s => s with { FaultTimeout = TimeSpan.FromSeconds(30) });
        await sandbox.SetFaultAsync("melhorenvio", errorRate: 0, timeoutRate: 1.0);

        using var request = TestSandbox.Request(HttpMethod.Post, "melhorenvio/api/v2/me/cart", new { options = new { tags = new[] { new { tag = "hub-5002" } } } }, HeaderValues.MelhorEnvio);
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sandbox.Http.SendAsync(request, giveUp.Token));
        Assert.Empty(await sandbox.CallsAsync());
    }

    [Fact]
    public async Task Latency_delays_answers_and_a_partner_rule_overrides_the_wildcard()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.SetFaultAsync("*", errorRate: 1.0);
        await sandbox.SetFaultAsync("erp", errorRate: 0, latencyMs: 150);

        var clock = Stopwatch.StartNew();
        var (erp, _) = await sandbox.SendAsync(HttpMethod.Get, "erp/stock");
        var elapsed = clock.Elapsed;
        var (vtex, _) = await sandbox.SendAsync(HttpMethod.Get, "vtex/api/orders/feed", null, HeaderValues.Vtex);

        Assert.Equal(200, erp);
        Assert.True(elapsed >= TimeSpan.FromMilliseconds(140), $"answered after {elapsed.TotalMilliseconds} ms");
        Assert.Contains(vtex, new[] { 500, 503 });
    }

    [Fact]
    public async Task Reset_forgets_calls_and_faults()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await ShopifyCalls.CancelAsync(sandbox, 1);
        await sandbox.SetFaultAsync("shopify", errorRate: 1.0);

        var (reset, _) = await sandbox.SendAsync(HttpMethod.Post, "_sandbox/reset");
        var (status, _) = await ShopifyCalls.CancelAsync(sandbox, 2);

        Assert.Equal(204, reset);
        Assert.Equal(200, status);
        var call = Assert.Single(await sandbox.CallsAsync());
        Assert.Equal("shopify-2", call!["orderRef"]!.GetValue<string>());
    }

    [Fact]
    public async Task Full_reset_also_forgets_simulated_orders()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.SendAsync(HttpMethod.Post, "_sandbox/vtex/orders", new { orderId = "1-01", value = 100 });

        await sandbox.SendAsync(HttpMethod.Post, "_sandbox/reset?all=true");
        var (status, _) = await sandbox.SendAsync(HttpMethod.Get, "vtex/api/oms/pvt/orders/1-01", null, HeaderValues.Vtex);

        Assert.Equal(404, status);
    }

    [Theory]
    [InlineData("nobody", 0.1, 0.0)]
    [InlineData("pagarme", 1.5, 0.0)]
    [InlineData("pagarme", 0.6, 0.6)]
    public async Task Invalid_fault_rules_are_refused(string partner, double errorRate, double timeoutRate)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, "_sandbox/faults", new { partner, errorRate, timeoutRate, latencyMs = 0 });

        Assert.Equal(400, status);
        Assert.NotNull(body!["detail"]);
    }
}
