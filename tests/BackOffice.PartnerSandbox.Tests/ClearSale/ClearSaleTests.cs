using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Tests.Support;

namespace BackOffice.PartnerSandbox.Tests.ClearSale;

public sealed class ClearSaleTests
{
    [Fact]
    public async Task Authenticate_returns_a_token_with_expiry()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, "clearsale/v1/authenticate", new { name = "store", password = "secret" });
        var (refused, _) = await sandbox.SendAsync(HttpMethod.Post, "clearsale/v1/authenticate", new { name = "store" });

        Assert.Equal(200, status);
        Assert.False(string.IsNullOrEmpty(body!["Token"]!.GetValue<string>()));
        Assert.NotNull(body["ExpirationDate"]);
        Assert.Equal(401, refused);
    }

    [Theory]
    [InlineData("ana@example.com", "APA")]
    [InlineData("ana+review@example.com", "AMA")]
    [InlineData("ana+deny@example.com", "RPM")]
    [InlineData("ana+decline@example.com", "APA")]
    public async Task Order_is_new_then_decided_by_the_email_marker_with_a_token_callback(string email, string decision)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, "clearsale/v1/orders/", Order("hub-2001", email), HeaderValues.ClearSale);

        Assert.Equal(200, status);
        Assert.Equal("NVO", body!["orders"]![0]!["status"]!.GetValue<string>());
        var callback = await sandbox.Hub.WaitForAsync("clearsale", _ => true);
        Assert.Equal(sandbox.Settings.ClearSaleCallbackToken, callback.Headers["X-ClearSale-Token"]);
        var notice = JsonNode.Parse(callback.Body)!;
        Assert.Equal("hub-2001", notice["code"]!.GetValue<string>());
        Assert.Equal("status", notice["type"]!.GetValue<string>());
        var (_, state) = await sandbox.SendAsync(HttpMethod.Get, "clearsale/v1/orders/hub-2001/status", null, HeaderValues.ClearSale);
        Assert.Equal(decision, state!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_array_of_orders_is_refused_400_as_the_total_manual_takes_one_order()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, "clearsale/v1/orders/", new[] { Order("hub-2005", "a@example.com") }, HeaderValues.ClearSale);

        Assert.Equal(400, status);
        Assert.Contains("one order", body!["Message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await sandbox.CallsAsync("hub-2005"));
    }

    [Fact]
    public async Task Resending_a_code_is_one_effect()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        await sandbox.SendAsync(HttpMethod.Post, "clearsale/v1/orders/", Order("hub-2002", "a@example.com"), HeaderValues.ClearSale);
        await sandbox.SendAsync(HttpMethod.Post, "clearsale/v1/orders/", Order("hub-2002", "a@example.com"), HeaderValues.ClearSale);

        var call = Assert.Single(await sandbox.CallsAsync("hub-2002"));
        Assert.Equal("order.create", call!["operation"]!.GetValue<string>());
        Assert.Equal("hub-2002", call["idempotencyKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_analyst_can_decide_an_order_in_review()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.SendAsync(HttpMethod.Post, "clearsale/v1/orders/", Order("hub-2003", "a+review@example.com"), HeaderValues.ClearSale);
        await sandbox.Hub.WaitForAsync("clearsale", _ => true);

        var (status, _) = await sandbox.SendAsync(HttpMethod.Post, "_sandbox/clearsale/orders/hub-2003/status", new { status = "APM" });

        Assert.Equal(204, status);
        await Eventually.ValueAsync(() => sandbox.Hub.Received.Count(c => c.Partner == "clearsale") >= 2 ? "done" : null);
        var (_, state) = await sandbox.SendAsync(HttpMethod.Get, "clearsale/v1/orders/hub-2003/status", null, HeaderValues.ClearSale);
        Assert.Equal("APM", state!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Orders_need_a_bearer_token()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, "clearsale/v1/orders/", Order("hub-2004", "a@example.com"));

        Assert.Equal(401, status);
        Assert.NotNull(body!["Message"]);
        Assert.Empty(await sandbox.CallsAsync());
    }

    private static object Order(string code, string email) => new
    {
        code,
        date = "2025-01-10T10:00:00",
        email,
        totalValue = 150.00m,
        billing = new { clientID = "c1", type = 1, primaryDocument = "12345678909", name = "Ana", phones = new[] { new { type = 6, ddi = 55, ddd = 11, number = 987654321 } } },
        items = new[] { new { code = "SKU-1", name = "Camiseta", value = 75.00m, amount = 2 } },
    };
}
