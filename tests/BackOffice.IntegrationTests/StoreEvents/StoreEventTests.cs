using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.StoreEvents;

/// <summary>
/// A store on the hub's own format, played by the sandbox: it receives the PIX instructions and every status change
/// of its order, each once, signed (the sandbox checks the HMAC and the signed sentAt), in order.
/// </summary>
public sealed class StoreEventTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static readonly string[] HubPixDelivered =
    [
        "order.received", "order.risk_review", "order.awaiting_payment", "payment.instructions", "order.payment_approved", "order.invoiced",
        "order.ready_to_ship", "order.shipped", "order.delivered",
    ];

    private readonly HttpClient _http = Stack.Http();
    private readonly HubOrderProbe _orders = new(Stack.Http());

    [Fact]
    public async Task HubCreatedPix_WhenPaidAndDelivered_TheStoreHearsTheInstructionsAndEveryStatusChangeOnceInOrder()
    {
        var orderId = await _orders.PostAsync("rita@example.com", method: "pix", chargeCreatedBy: "hub");

        await _orders.WaitForStatusAsync(orderId, "Delivered", Patience);
        var received = await StoreSandbox.WaitForAsync(orderId, "order.delivered", Patience);

        Assert.All(received, e => Assert.True(StoreSandbox.Is(e, "accepted"), e.ToString()));
        Assert.Equal(HubPixDelivered, received.Select(e => e.GetProperty("type").GetString()));
        var sequences = received.Select(e => e.GetProperty("sequence").GetInt32()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        var ledger = await StoreSandbox.LedgerIdsAsync(orderId);
        Assert.Equal(ledger.Distinct(), ledger);
        Assert.Equal(HubPixDelivered.Length, ledger.Count);

        var payment = received.Single(e => e.GetProperty("type").GetString() == "payment.instructions").GetProperty("event").GetProperty("data").GetProperty("payment");
        Assert.Equal("pix", payment.GetProperty("method").GetString());
        Assert.False(string.IsNullOrEmpty(payment.GetProperty("pix").GetProperty("code").GetString()));
        Assert.False(string.IsNullOrEmpty(payment.GetProperty("pix").GetProperty("qrCodeUrl").GetString()));
        Assert.Equal(JsonValueKind.String, payment.GetProperty("expiresAt").ValueKind);
        var invoice = received.Single(e => e.GetProperty("type").GetString() == "order.invoiced").GetProperty("event").GetProperty("data").GetProperty("invoice");
        Assert.Equal(44, invoice.GetProperty("accessKey").GetString()!.Length);
        Assert.StartsWith("http", invoice.GetProperty("danfeUrl").GetString());
        var shipment = received.Single(e => e.GetProperty("type").GetString() == "order.shipped").GetProperty("event").GetProperty("data").GetProperty("shipment");
        Assert.Contains(shipment.GetProperty("trackingCode").GetString()!, shipment.GetProperty("trackingUrl").GetString());

        var order = await _orders.GetAsync(orderId);
        Assert.Equal(payment.GetProperty("pix").GetProperty("code").GetString(), order.GetProperty("charge").GetProperty("instructions").GetProperty("pixCode").GetString());
        var log = await StoreSandbox.LogAsync(_http, orderId);
        Assert.All(log.GetProperty("events").EnumerateArray(), e => Assert.Equal("Delivered", e.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Schema_IsServedBesideTheInboundOne()
    {
        using var response = await _http.GetAsync("/api/schemas/store-event");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        var schema = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("BackOffice store event", schema.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Log_WhenTheOrderIsUnknown_Is404()
    {
        using var response = await _http.GetAsync("/api/ops/orders/hub-no-such-order/store-events");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
