using System.Diagnostics;
using BackOffice.PartnerSandbox.Tests.FocusNfe;
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
    public async Task An_error_after_the_effect_acts_then_fails_and_the_same_key_replays_the_first_answer()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var (_, found) = await sandbox.SendAsync(HttpMethod.Get, "pagarme/core/v5/orders?code=hub-5003", null, HeaderValues.Pagarme);
        var chargeId = found!["data"]![0]!["charges"]![0]!["id"]!.GetValue<string>();
        await sandbox.SetFaultAsync("pagarme", errorRate: 1.0, afterEffect: true);
        (string, string) key = ("idempotency-key", "hub-5003:capture");

        var (failed, error) = await sandbox.SendAsync(HttpMethod.Post, $"pagarme/core/v5/charges/{chargeId}/capture", new { }, HeaderValues.Pagarme, key);
        var (retriedUnderFault, _) = await sandbox.SendAsync(HttpMethod.Post, $"pagarme/core/v5/charges/{chargeId}/capture", new { }, HeaderValues.Pagarme, key);
        await sandbox.SetFaultAsync("pagarme", errorRate: 0);
        var (retried, charge) = await sandbox.SendAsync(HttpMethod.Post, $"pagarme/core/v5/charges/{chargeId}/capture", new { }, HeaderValues.Pagarme, key);

        Assert.Contains(failed, new[] { 500, 503 });
        Assert.NotNull(error!["message"]);
        Assert.Contains(retriedUnderFault, new[] { 500, 503 });
        Assert.Equal(200, retried);
        Assert.Equal("paid", charge!["status"]!.GetValue<string>());
        var call = Assert.Single(await sandbox.CallsAsync("hub-5003"));
        Assert.Equal("charge.capture", call!["operation"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_error_after_the_effect_leaves_the_effect_in_the_ledger()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.SetFaultAsync("focusnfe", errorRate: 1.0, afterEffect: true);

        var (status, _) = await sandbox.SendAsync(HttpMethod.Post, "focusnfe/v2/nfe?ref=hub-5004", FocusNfeTests.Nfe("a@example.com"), HeaderValues.FocusNfe);
        var (again, _) = await sandbox.SendAsync(HttpMethod.Post, "focusnfe/v2/nfe?ref=hub-5004", FocusNfeTests.Nfe("a@example.com"), HeaderValues.FocusNfe);

        Assert.Contains(status, new[] { 500, 503 });
        Assert.Contains(again, new[] { 500, 503 });
        var call = Assert.Single(await sandbox.CallsAsync());
        Assert.Equal("nfe.issue", call!["operation"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_timeout_after_the_effect_holds_until_the_client_gives_up_and_the_effect_stays()
    {
        await using var sandbox = await TestSandbox.StartAsync(s => s with { FaultTimeout = TimeSpan.FromSeconds(30) });
        await sandbox.SetFaultAsync("focusnfe", errorRate: 0, timeoutRate: 1.0, afterEffect: true);

        // A body the simulator accepts, so that the effect happens before the answer is held back.
        using var request = TestSandbox.Request(HttpMethod.Post, "focusnfe/v2/nfe?ref=hub-5005", FocusNfeTests.Nfe("a@example.com"), HeaderValues.FocusNfe);
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sandbox.Http.SendAsync(request, giveUp.Token));
        var call = Assert.Single(await sandbox.CallsAsync("hub-5005"));
        Assert.Equal("nfe.issue", call!["operation"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_after_effect_share_of_zero_keeps_every_fault_before_the_effect()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var (set, _) = await sandbox.SendAsync(HttpMethod.Post, "_sandbox/faults", new { partner = "focusnfe", errorRate = 1.0, timeoutRate = 0.0, latencyMs = 0, afterEffect = true, afterEffectShare = 0.0 });

        var (status, _) = await sandbox.SendAsync(HttpMethod.Post, "focusnfe/v2/nfe?ref=hub-5006", FocusNfeTests.Nfe("a@example.com"), HeaderValues.FocusNfe);

        Assert.Equal(200, set);
        Assert.Contains(status, new[] { 500, 503 });
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
