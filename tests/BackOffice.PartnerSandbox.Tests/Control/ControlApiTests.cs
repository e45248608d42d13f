using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Tests.Support;

namespace BackOffice.PartnerSandbox.Tests.Control;

public sealed class ControlApiTests
{
    [Fact]
    public async Task Health_is_ok()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await sandbox.SendAsync(HttpMethod.Get, "_sandbox/health");

        Assert.Equal(200, status);
        Assert.Equal("ok", body!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Calls_have_the_contract_fields_and_filter_by_order_and_partner()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await ShopifyCalls.CancelAsync(sandbox, 7);
        await sandbox.SendAsync(HttpMethod.Post, "clearsale/v1/orders", new[] { new { code = "shopify-7", email = "a@example.com" } }, HeaderValues.ClearSale);
        await sandbox.SendAsync(HttpMethod.Post, "clearsale/v1/orders", new[] { new { code = "shopify-8", email = "a@example.com" } }, HeaderValues.ClearSale);

        var all = await sandbox.CallsAsync();
        var forOrder = await sandbox.CallsAsync("shopify-7");
        var forPartner = await sandbox.CallsAsync("shopify-7", "clearsale");

        Assert.Equal(3, all.Count);
        Assert.Equal(2, forOrder.Count);
        var call = Assert.Single(forPartner)!.AsObject();
        Assert.Equal(["partner", "operation", "orderRef", "idempotencyKey", "at", "status"], call.Select(p => p.Key));
        Assert.True(DateTimeOffset.TryParse(call["at"]!.GetValue<string>(), out _));
    }

    [Fact]
    public async Task Callbacks_are_retried_until_the_hub_accepts_them()
    {
        await using var sandbox = await TestSandbox.StartAsync(hubFailsFirst: 2);

        await sandbox.SendAsync(HttpMethod.Post, "clearsale/v1/orders", new[] { new { code = "hub-6001", email = "a@example.com" } }, HeaderValues.ClearSale);
        var delivered = await sandbox.Hub.WaitForAsync("clearsale", _ => true);

        Assert.Equal("hub-6001", JsonNode.Parse(delivered.Body)!["code"]!.GetValue<string>());
        Assert.Equal([500, 500, 200], sandbox.Hub.Received.Select(c => c.AnsweredStatus));
    }
}
