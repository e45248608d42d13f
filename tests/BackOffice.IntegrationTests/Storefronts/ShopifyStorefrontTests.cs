using System.Net;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Storefronts;

/// <summary>
/// Shopify's order webhooks through the function app: created, repeated, cancelled (also before its creation and out of
/// order), refused when unsigned or odd; and what goes back to Shopify, as the partner sandbox's ledger shows it.
/// </summary>
public sealed class ShopifyStorefrontTests
{
    private readonly HttpClient _http = Stack.Http();

    [Fact]
    public async Task OrdersCreate_WhenSigned_Answers202WithTheOrderIdAndStoresIt()
    {
        var id = ShopifyEvents.NewOrderId();
        var webhookId = Guid.NewGuid().ToString();

        var (status, body, _) = await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id), ShopifyEvents.Create, webhookId));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(($"shopify-{id}", false), (body.GetProperty("orderId").GetString(), body.TryGetProperty("repeated", out _)));
        var order = await StorefrontOrders.FindAsync(_http, $"shopify-{id}");
        Assert.NotNull(order);
        Assert.Equal("OrderReceived", StorefrontOrders.Events(order.Value)[0]);
        Assert.Equal($"webhook:{webhookId}", order.Value.GetProperty("timeline")[0].GetProperty("cause").GetString());
    }

    [Fact]
    public async Task OrdersCreate_WhenTheSameDeliveryRepeats_AnswersTheSameAndStoresOneOrder()
    {
        var id = ShopifyEvents.NewOrderId();
        var webhookId = Guid.NewGuid().ToString();
        await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id, "cliente+review@example.com"), ShopifyEvents.Create, webhookId));

        var (status, body, _) = await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id, "cliente+review@example.com"), ShopifyEvents.Create, webhookId));

        Assert.Equal(HttpStatusCode.Accepted, status);
        // The same answer as the first: the ack does not look up earlier deliveries (that would cost it a read).
        Assert.Equal(($"shopify-{id}", false), (body.GetProperty("orderId").GetString(), body.TryGetProperty("repeated", out _)));
        var order = await StorefrontOrders.ReachesAsync(_http, $"shopify-{id}", "RiskReview");
        Assert.Single(StorefrontOrders.Events(order), name => name == "OrderReceived");
    }

    [Fact]
    public async Task OrdersCreate_WhenTheOrderGoesAllTheWay_FulfillsItOnceAtShopify()
    {
        var id = ShopifyEvents.NewOrderId();
        await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id), ShopifyEvents.Create, Guid.NewGuid().ToString()));

        await StorefrontOrders.ReachesAsync(_http, $"shopify-{id}", "Delivered");

        // The fulfillment is the notice of LabelPurchased (Shopify hears of nothing else on the way to Delivered).
        var order = await StorefrontOrders.NoticeHandledAsync(_http, $"shopify-{id}", "LabelPurchased");
        Assert.Single(StorefrontOrders.Events(order), name => name == "LabelPurchased");
        var effects = await Sandbox.EffectsAsync($"shopify-{id}");
        Assert.Single(effects, effect => effect == ("shopify", "fulfillment.create"));
        Assert.DoesNotContain(("shopify", "order.cancel"), effects);
    }

    [Fact]
    public async Task OrdersCreate_WhenTheOrderCarriesNoCpf_WaitsForAPersonBeforeAnyNfeIsAsked()
    {
        var id = ShopifyEvents.NewOrderId();
        var body = ShopifyEvents.Order(id).Replace("\"529.982.247-25\"", "\"\"");
        await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(body, ShopifyEvents.Create, Guid.NewGuid().ToString()));

        var order = await StorefrontOrders.ReachesAsync(_http, $"shopify-{id}", "NeedsAttention");

        Assert.Contains("CPF", order.GetProperty("attention").GetProperty("reason").GetString());
        Assert.DoesNotContain(("focusnfe", "nfe.issue"), await Sandbox.EffectsAsync($"shopify-{id}"));
    }

    [Fact]
    public async Task OrdersCancelled_WhenTheOrderIsStored_CancelsItWithoutCallingShopifyBack()
    {
        var id = ShopifyEvents.NewOrderId();
        await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id, "cliente+review@example.com"), ShopifyEvents.Create, Guid.NewGuid().ToString()));
        await StorefrontOrders.ReachesAsync(_http, $"shopify-{id}", "RiskReview");
        var cancelId = Guid.NewGuid().ToString();

        var (status, body, _) = await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(
            ShopifyEvents.Order(id, "cliente+review@example.com", "2026-11-23T12:30:00-03:00", cancelledAt: "2026-11-23T12:30:00-03:00"), ShopifyEvents.Cancelled, cancelId));

        Assert.Equal((HttpStatusCode.Accepted, $"shopify-{id}"), (status, body.GetProperty("orderId").GetString()));
        // The call back would be the storefront notice of OrderCancelled, made in the write that cancelled: once that
        // write's messages are all sent, the notice is known to exist or not.
        var order = await StorefrontOrders.SentAllAsync(_http, $"shopify-{id}", "Cancelled");
        var cancelled = order.GetProperty("timeline").EnumerateArray().Last(entry => entry.GetProperty("event").GetString() == "OrderCancelled");
        Assert.Equal($"webhook:{cancelId}", cancelled.GetProperty("cause").GetString());
        Assert.Empty(StorefrontOrders.NoticesSent(order, "OrderCancelled"));
        Assert.DoesNotContain(("shopify", "order.cancel"), await Sandbox.EffectsAsync($"shopify-{id}"));
    }

    [Fact]
    public async Task OrdersCancelled_WhenItArrivesBeforeOrdersCreate_CancelsTheOrderWhenItArrives()
    {
        var id = ShopifyEvents.NewOrderId();

        var (early, earlyBody, _) = await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(
            ShopifyEvents.Order(id, "cliente+review@example.com", "2026-11-23T12:30:00-03:00", cancelledAt: "2026-11-23T12:30:00-03:00"), ShopifyEvents.Cancelled, Guid.NewGuid().ToString()));
        Assert.Equal((HttpStatusCode.Accepted, $"shopify-{id}"), (early, earlyBody.GetProperty("orderId").GetString()));
        Assert.Null(await StorefrontOrders.FindAsync(_http, $"shopify-{id}"));

        var (created, _, _) = await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id, "cliente+review@example.com"), ShopifyEvents.Create, Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Accepted, created);
        await StorefrontOrders.ReachesAsync(_http, $"shopify-{id}", "Cancelled");
    }

    [Fact]
    public async Task OrdersCancelled_WhenOlderThanAnUpdateAlreadyApplied_ChangesNothing()
    {
        var id = ShopifyEvents.NewOrderId();
        const string Email = "cliente+review@example.com";
        await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id, Email), ShopifyEvents.Create, Guid.NewGuid().ToString()));
        await StorefrontOrders.ReachesAsync(_http, $"shopify-{id}", "RiskReview");
        var (updated, _, _) = await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id, Email, "2026-11-23T13:00:00-03:00"), ShopifyEvents.Updated, Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Accepted, updated);

        var (status, body, _) = await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(
            ShopifyEvents.Order(id, Email, "2026-11-23T12:30:00-03:00", cancelledAt: "2026-11-23T12:30:00-03:00"), ShopifyEvents.Cancelled, Guid.NewGuid().ToString()));

        // The client answers once the intake recorded the delivery (IntakeWait), and the intake records it after the
        // cancellation was decided and saved (StorefrontEventIntake): had it cancelled, the order would say so now.
        Assert.Equal((HttpStatusCode.Accepted, $"shopify-{id}"), (status, body.GetProperty("orderId").GetString()));
        Assert.Equal("RiskReview", (await StorefrontOrders.FindAsync(_http, $"shopify-{id}"))!.Value.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OrdersUpdated_WhenTheOrderIsCancelled_ChangesNothing()
    {
        var id = ShopifyEvents.NewOrderId();
        const string Email = "cliente+review@example.com";
        await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id, Email), ShopifyEvents.Create, Guid.NewGuid().ToString()));
        await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(
            ShopifyEvents.Order(id, Email, "2026-11-23T12:30:00-03:00", cancelledAt: "2026-11-23T12:30:00-03:00"), ShopifyEvents.Cancelled, Guid.NewGuid().ToString()));
        var cancelled = await StorefrontOrders.ReachesAsync(_http, $"shopify-{id}", "Cancelled");

        var (status, body, _) = await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id, Email, "2026-11-23T13:00:00-03:00"), ShopifyEvents.Updated, Guid.NewGuid().ToString()));

        Assert.Equal((HttpStatusCode.Accepted, $"shopify-{id}"), (status, body.GetProperty("orderId").GetString()));
        Assert.Equal("Cancelled", (await StorefrontOrders.FindAsync(_http, $"shopify-{id}"))!.Value.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpsCancel_WhenTheHubCancelsAShopifyOrder_CancelsItAtShopify()
    {
        var id = ShopifyEvents.NewOrderId();
        await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id, "cliente+review@example.com"), ShopifyEvents.Create, Guid.NewGuid().ToString()));
        await StorefrontOrders.ReachesAsync(_http, $"shopify-{id}", "RiskReview");

        await StorefrontOrders.CancelAsOpsAsync(_http, $"shopify-{id}");

        await StorefrontOrders.EffectsReachAsync($"shopify-{id}", "shopify", "order.cancel");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bm90IHRoZSBzaWduYXR1cmU=")]
    public async Task Webhook_WhenTheSignatureIsMissingOrWrong_Answers401AndStoresNothing(string? signature)
    {
        var id = ShopifyEvents.NewOrderId();
        var request = ShopifyEvents.Request(ShopifyEvents.Order(id), ShopifyEvents.Create, Guid.NewGuid().ToString(), signature ?? "x");
        if (signature is null)
        {
            request.Headers.Remove("X-Shopify-Hmac-Sha256");
        }

        var (status, _, contentType) = await StorefrontOrders.SendAsync(_http, request);

        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json"), (status, contentType));
        Assert.Null(await StorefrontOrders.FindAsync(_http, $"shopify-{id}"));
    }

    [Fact]
    public async Task Webhook_WhenTheTopicIsNotAnOrderTopic_Answers202AndParksIt()
    {
        var id = ShopifyEvents.NewOrderId();

        var (status, body, _) = await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id), "products/create", Guid.NewGuid().ToString()));

        // Shopify counts any non-2xx as a failure and may remove the subscription: kept for a person instead.
        Assert.Equal(HttpStatusCode.Accepted, status);
        var parked = await StorefrontOrders.ParkedAsync(_http, body.GetProperty("parkedId").GetString()!);
        Assert.True(parked.GetProperty("delivery").GetProperty("errors").TryGetProperty("X-Shopify-Topic", out _));
        Assert.Null(await StorefrontOrders.FindAsync(_http, $"shopify-{id}"));
    }

    [Fact]
    public async Task Webhook_WhenTheBodyIsNotJson_Answers415OrParksTheSignedBytes()
    {
        var (wrongType, _, _) = await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request("id=1", ShopifyEvents.Create, Guid.NewGuid().ToString(), contentType: "application/x-www-form-urlencoded"));
        var (malformed, body, _) = await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request("{\"id\": ", ShopifyEvents.Create, Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType);
        Assert.Equal(HttpStatusCode.Accepted, malformed);
        Assert.Equal("{\"id\": ", (await StorefrontOrders.ParkedAsync(_http, body.GetProperty("parkedId").GetString()!)).GetProperty("rawPayload").GetString());
    }

    [Fact]
    public async Task Webhook_WhenTheOrderHasNoItems_ParksItAndOpsResumeItCorrected()
    {
        var id = ShopifyEvents.NewOrderId();
        var body = System.Text.Json.Nodes.JsonNode.Parse(ShopifyEvents.Order(id))!.AsObject();
        body["line_items"] = new System.Text.Json.Nodes.JsonArray();

        var (status, answer, _) = await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(body.ToJsonString(), ShopifyEvents.Create, Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Accepted, status);
        var parkedId = answer.GetProperty("parkedId").GetString()!;
        Assert.NotEmpty((await StorefrontOrders.ParkedAsync(_http, parkedId)).GetProperty("delivery").GetProperty("errors").EnumerateObject());
        Assert.Null(await StorefrontOrders.FindAsync(_http, $"shopify-{id}"));

        using var resume = await _http.PostAsync($"/api/ops/parked-deliveries/{parkedId}/resume", new StringContent(ShopifyEvents.Order(id), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        Assert.NotNull(await StorefrontOrders.FindAsync(_http, $"shopify-{id}"));
        using var gone = await _http.GetAsync($"/api/ops/parked-deliveries/{parkedId}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
