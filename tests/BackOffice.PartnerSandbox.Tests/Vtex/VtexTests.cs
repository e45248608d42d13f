using BackOffice.PartnerSandbox.Tests.Support;

namespace BackOffice.PartnerSandbox.Tests.Vtex;

public sealed class VtexTests
{
    private const string Orders = "vtex/api/oms/pvt/orders/";

    [Fact]
    public async Task Seeded_order_is_served_and_handling_starts_once()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await SeedAsync(sandbox, "1234567890123-01", "ana@example.com");

        var (status, order) = await sandbox.SendAsync(HttpMethod.Get, Orders + "1234567890123-01", null, HeaderValues.Vtex);
        var (started, _) = await sandbox.SendAsync(HttpMethod.Post, Orders + "1234567890123-01/start-handling", null, HeaderValues.Vtex);
        var (again, error) = await sandbox.SendAsync(HttpMethod.Post, Orders + "1234567890123-01/start-handling", null, HeaderValues.Vtex);

        Assert.Equal(200, status);
        Assert.Equal("ready-for-handling", order!["status"]!.GetValue<string>());
        Assert.Equal(15000, order["value"]!.GetValue<int>());
        Assert.Equal(204, started);
        Assert.Equal(409, again);
        Assert.Equal("OMS003", error!["error"]!["code"]!.GetValue<string>());
        var calls = await sandbox.CallsAsync("vtex-1234567890123-01");
        Assert.Equal([204, 409], calls.Select(c => c!["status"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Same_invoice_number_returns_the_first_receipt_and_blocks_cancel()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await SeedAsync(sandbox, "2000000000001-01", "ana@example.com");
        await sandbox.SendAsync(HttpMethod.Post, Orders + "2000000000001-01/start-handling", null, HeaderValues.Vtex);

        var first = await sandbox.SendAsync(HttpMethod.Post, Orders + "2000000000001-01/invoice", Invoice("123"), HeaderValues.Vtex);
        var second = await sandbox.SendAsync(HttpMethod.Post, Orders + "2000000000001-01/invoice", Invoice("123"), HeaderValues.Vtex);
        var (patched, _) = await sandbox.SendAsync(HttpMethod.Patch, Orders + "2000000000001-01/invoice/123", new { trackingNumber = "SB123BR", trackingUrl = "https://rastreio.example/SB123BR", courier = "Correios", dispatchedDate = "2026-11-24T10:00:00Z" }, HeaderValues.Vtex);
        var (cancel, refusal) = await sandbox.SendAsync(HttpMethod.Post, Orders + "2000000000001-01/cancel", new { reason = "customer" }, HeaderValues.Vtex);
        var (_, order) = await sandbox.SendAsync(HttpMethod.Get, Orders + "2000000000001-01", null, HeaderValues.Vtex);

        Assert.Equal(200, first.Status);
        Assert.Equal(first.Body!["receipt"]!.GetValue<string>(), second.Body!["receipt"]!.GetValue<string>());
        Assert.Equal(200, patched);
        Assert.Equal(409, cancel);
        Assert.NotNull(refusal!["error"]!["message"]);
        Assert.Equal("invoiced", order!["status"]!.GetValue<string>());
        Assert.Equal("SB123BR", order["packageAttachment"]!["packages"]![0]!["trackingNumber"]!.GetValue<string>());
        var operations = (await sandbox.CallsAsync("vtex-2000000000001-01")).Select(c => c!["operation"]!.GetValue<string>());
        Assert.Equal(["order.start-handling", "order.invoice", "order.invoice-tracking", "order.cancel"], operations);
    }

    [Fact]
    public async Task Cancel_before_invoice_succeeds_and_the_feed_shows_changes_until_committed()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await SeedAsync(sandbox, "3000000000001-01", "ana@example.com");

        var (cancel, receipt) = await sandbox.SendAsync(HttpMethod.Post, Orders + "3000000000001-01/cancel", new { reason = "risk denied" }, HeaderValues.Vtex);
        var (_, feed) = await sandbox.SendAsync(HttpMethod.Get, "vtex/api/orders/feed?maxlot=10", null, HeaderValues.Vtex);
        var handles = feed!.AsArray().Select(i => i!["handle"]!.GetValue<string>()).ToArray();
        var (committed, _) = await sandbox.SendAsync(HttpMethod.Post, "vtex/api/orders/feed", new { handles }, HeaderValues.Vtex);
        var (_, after) = await sandbox.SendAsync(HttpMethod.Get, "vtex/api/orders/feed", null, HeaderValues.Vtex);

        Assert.Equal(200, cancel);
        Assert.NotNull(receipt!["receipt"]);
        Assert.Equal(["ready-for-handling", "canceled"], feed.AsArray().Select(i => i!["state"]!.GetValue<string>()));
        Assert.Equal(204, committed);
        Assert.Empty(after!.AsArray());
    }

    [Fact]
    public async Task Email_in_a_seeded_order_drives_the_other_simulators()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await SeedAsync(sandbox, "4000000000001-01", "ana+deny@example.com");

        // ClearSale gets no e-mail here, yet denies: it learned the outcome from the seed.
        await sandbox.SendAsync(HttpMethod.Post, "clearsale/v1/orders/", new[] { new { code = "vtex-4000000000001-01", totalValue = 150.0 } }, HeaderValues.ClearSale);
        await sandbox.Hub.WaitForAsync("clearsale", _ => true);
        var (_, state) = await sandbox.SendAsync(HttpMethod.Get, "clearsale/v1/orders/vtex-4000000000001-01/status", null, HeaderValues.ClearSale);

        Assert.Equal("RPM", state!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_order_and_missing_app_key_use_vtex_error_shape()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (missing, notFound) = await sandbox.SendAsync(HttpMethod.Get, Orders + "999-01", null, HeaderValues.Vtex);
        var (unauthorized, denied) = await sandbox.SendAsync(HttpMethod.Get, Orders + "999-01", null, ("X-VTEX-API-AppKey", "only-key"));

        Assert.Equal(404, missing);
        Assert.NotNull(notFound!["error"]!["code"]);
        Assert.Equal(401, unauthorized);
        Assert.NotNull(denied!["error"]!["message"]);
    }

    private static async Task SeedAsync(TestSandbox sandbox, string orderId, string email)
    {
        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, "_sandbox/vtex/orders", new
        {
            orderId,
            status = "ready-for-handling",
            value = 15000,
            items = new[] { new { id = "1", refId = "SKU-1", quantity = 1, price = 15000 } },
            clientProfileData = new { email, document = "12345678909", firstName = "Ana" },
            paymentData = new { transactions = new[] { new { payments = new[] { new { paymentSystemName = "Visa", group = "creditCard" } } } } },
        });
        Assert.Equal(201, status);
        Assert.Equal("vtex-" + orderId, body!["orderRef"]!.GetValue<string>());
    }

    private static object Invoice(string number) => new
    {
        type = "Output",
        issuanceDate = "2025-01-10",
        invoiceNumber = number,
        invoiceValue = "15000",
        invoiceKey = "35250111222333000181550010000001231000000012",
        items = new[] { new { id = "1", price = 15000, quantity = 1 } },
    };
}
