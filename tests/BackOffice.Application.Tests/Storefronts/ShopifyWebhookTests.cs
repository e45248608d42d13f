using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Channels.Shopify;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Storefronts;

public sealed class ShopifyWebhookTests
{
    private readonly StorefrontHub _hub = new();

    [Fact]
    public async Task ReceiveAsync_WhenOrdersCreateIsSigned_StoresTheOrderAndSendsOnlyOrderReceived()
    {
        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1");

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: false), outcome);
        var order = await _hub.OrderAsync(StorefrontHub.ShopifyOrderId);
        Assert.Equal((OrderStatus.Received, SalesChannel.Shopify), (order.Order.Status, order.Order.Channel));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 55, 2, TimeSpan.Zero), order.StorefrontVersion);
        // Shopify has nothing to hear when an order is received: no storefront notice.
        var sent = Assert.Single(_hub.Hub.Publisher.Sent);
        Assert.Equal(OrderMessageTypes.OrderReceived, sent.Type);
        Assert.Equal("shopify-5829104711853", _hub.Hub.Deliveries.Records[("shopify", "webhook-1")].OrderId);
    }

    [Fact]
    public async Task ReceiveAsync_WhenTheSameWebhookIdRepeats_AnswersRepeatedAndChangesNothing()
    {
        await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1");
        var writes = _hub.Hub.Orders.Writes;

        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1");

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: true), outcome);
        Assert.Equal(writes, _hub.Hub.Orders.Writes);
        Assert.Single(_hub.Hub.Publisher.Sent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bm90IHRoZSBzaWduYXR1cmU=")]
    [InlineData("not base64 at all")]
    public async Task ReceiveAsync_WhenSignatureIsMissingOrWrong_RejectsUnauthorizedAndStoresNothing(string? signature)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(StorefrontHub.ShopifyOrder());

        var outcome = await _hub.Shopify.ReceiveAsync(body, new ShopifyWebhookHeaders(signature, ShopifyWebhookTopics.OrdersCreate, "webhook-1"), CancellationToken.None);

        Assert.Equal(WebhookRejection.Unauthorized, Assert.IsType<WebhookOutcome.Rejected>(outcome).Reason);
        AssertNothingStored();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("products/create")]
    [InlineData("ORDERS/CREATE")]
    public async Task ReceiveAsync_WhenTopicIsNotAnOrderTopic_RejectsInvalidAndStoresNothing(string? topic)
    {
        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), topic!, "webhook-1");

        var rejected = Assert.IsType<WebhookOutcome.Rejected>(outcome);
        Assert.Equal(WebhookRejection.InvalidOrder, rejected.Reason);
        Assert.Contains(ShopifyWebhookHeaders.TopicHeader, rejected.Errors!.Keys);
        AssertNothingStored();
    }

    [Fact]
    public async Task ReceiveAsync_WhenBodyIsNotJson_RejectsMalformed()
    {
        var outcome = await _hub.PostShopifyAsync("{\"id\": ", ShopifyWebhookTopics.OrdersCreate, "webhook-1");

        Assert.Equal(WebhookRejection.Malformed, Assert.IsType<WebhookOutcome.Rejected>(outcome).Reason);
        AssertNothingStored();
    }

    [Fact]
    public async Task ReceiveAsync_WhenOrderHasNoItems_RejectsInvalidWithTheField()
    {
        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(order => order.Remove("line_items")), ShopifyWebhookTopics.OrdersCreate, "webhook-1");

        var rejected = Assert.IsType<WebhookOutcome.Rejected>(outcome);
        Assert.Equal(WebhookRejection.InvalidOrder, rejected.Reason);
        Assert.Contains("line_items", rejected.Errors!.Keys);
        AssertNothingStored();
    }

    [Fact]
    public async Task ReceiveAsync_WhenOrdersCancelledForAStoredOrder_CancelsWithTheWebhookAsCauseAndNoNoticeBack()
    {
        await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1");

        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyCancelled(), ShopifyWebhookTopics.OrdersCancelled, "webhook-2");

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: false), outcome);
        var order = (await _hub.OrderAsync(StorefrontHub.ShopifyOrderId)).Order;
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        var entry = order.Timeline[^1];
        Assert.Equal(("OrderCancelled", Cause.Webhook("webhook-2")), (entry.Event, entry.Cause));
        Assert.Contains("customer", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(_hub.Hub.Publisher.Sent, message => message.Type == OrderMessageTypes.NotifyStorefront);
    }

    [Fact]
    public async Task ReceiveAsync_WhenOrdersCancelledRepeats_AnswersRepeatedWithoutAnotherChange()
    {
        await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1");
        await _hub.PostShopifyAsync(StorefrontHub.ShopifyCancelled(), ShopifyWebhookTopics.OrdersCancelled, "webhook-2");
        var timeline = (await _hub.OrderAsync(StorefrontHub.ShopifyOrderId)).Order.Timeline.Count;

        var repeated = await _hub.PostShopifyAsync(StorefrontHub.ShopifyCancelled(), ShopifyWebhookTopics.OrdersCancelled, "webhook-2");
        var another = await _hub.PostShopifyAsync(StorefrontHub.ShopifyCancelled(), ShopifyWebhookTopics.OrdersCancelled, "webhook-3");

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: true), repeated);
        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: true), another);
        Assert.Equal(timeline, (await _hub.OrderAsync(StorefrontHub.ShopifyOrderId)).Order.Timeline.Count);
    }

    [Fact]
    public async Task ReceiveAsync_WhenOrdersCancelledComesBeforeOrdersCreate_AcceptsItAndCancelsTheOrderOnArrival()
    {
        var early = await _hub.PostShopifyAsync(StorefrontHub.ShopifyCancelled(), ShopifyWebhookTopics.OrdersCancelled, "webhook-2");
        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: true), early);
        Assert.Null(await _hub.Hub.Orders.FindAsync(StorefrontHub.ShopifyOrderId, CancellationToken.None));

        await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1");

        var order = (await _hub.OrderAsync(StorefrontHub.ShopifyOrderId)).Order;
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(Cause.Webhook("webhook-2"), order.Timeline[^1].Cause);
    }

    [Fact]
    public async Task ReceiveAsync_WhenAnEventIsOlderThanOneApplied_AcknowledgesWithoutChange()
    {
        await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1");
        await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(order => order["updated_at"] = "2026-11-23T13:00:00-03:00"), ShopifyWebhookTopics.OrdersUpdated, "webhook-3");

        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyCancelled("2026-11-23T12:30:00-03:00"), ShopifyWebhookTopics.OrdersCancelled, "webhook-2");

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: true), outcome);
        var order = await _hub.OrderAsync(StorefrontHub.ShopifyOrderId);
        Assert.Equal(OrderStatus.Received, order.Order.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero), order.StorefrontVersion);
    }

    [Fact]
    public async Task ReceiveAsync_WhenOrdersUpdatedCarriesCancelledAt_CancelsTheOrder()
    {
        await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1");

        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyCancelled(), ShopifyWebhookTopics.OrdersUpdated, "webhook-2");

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: false), outcome);
        Assert.Equal(OrderStatus.Cancelled, (await _hub.OrderAsync(StorefrontHub.ShopifyOrderId)).Order.Status);
    }

    [Fact]
    public async Task ReceiveAsync_WhenOrdersUpdatedForACancelledOrder_ChangesNothing()
    {
        await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1");
        await _hub.PostShopifyAsync(StorefrontHub.ShopifyCancelled(), ShopifyWebhookTopics.OrdersCancelled, "webhook-2");
        var before = (await _hub.OrderAsync(StorefrontHub.ShopifyOrderId)).Order.Timeline.Count;
        var sent = _hub.Hub.Publisher.Sent.Count;

        var outcome = await _hub.PostShopifyAsync(
            StorefrontHub.ShopifyOrder(order => { order["updated_at"] = "2026-11-23T13:00:00-03:00"; order["financial_status"] = "paid"; }),
            ShopifyWebhookTopics.OrdersUpdated,
            "webhook-3");

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: true), outcome);
        var order = (await _hub.OrderAsync(StorefrontHub.ShopifyOrderId)).Order;
        Assert.Equal((OrderStatus.Cancelled, before), (order.Status, order.Timeline.Count));
        Assert.Equal(sent, _hub.Hub.Publisher.Sent.Count);
    }

    [Fact]
    public async Task ReceiveAsync_WhenOrdersUpdatedForAnUnknownOrder_AcknowledgesAndRecordsIt()
    {
        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersUpdated, "webhook-9");

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: true), outcome);
        Assert.Null(await _hub.Hub.Orders.FindAsync(StorefrontHub.ShopifyOrderId, CancellationToken.None));
        Assert.True(_hub.Hub.Deliveries.Records.ContainsKey(("shopify", "webhook-9")));
    }

    [Fact]
    public async Task ReceiveAsync_WhenOrderBecomesPaidWhileAwaitingPayment_AsksTheLifecycleToCheckThePayment()
    {
        await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1");
        await MoveToAwaitingPaymentAsync();

        var outcome = await _hub.PostShopifyAsync(
            StorefrontHub.ShopifyOrder(order => { order["updated_at"] = "2026-11-23T13:00:00-03:00"; order["financial_status"] = "paid"; }),
            ShopifyWebhookTopics.OrdersPaid,
            "webhook-4");

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: false), outcome);
        var hint = _hub.Hub.Publisher.Sent[^1];
        Assert.Equal((OrderMessageTypes.ContinueOrder, "shopify-5829104711853:storefront-update:webhook-4"), (hint.Type, hint.MessageId));
    }

    private async Task MoveToAwaitingPaymentAsync()
    {
        var updater = new Orders.OrderUpdater(_hub.Hub.Orders, _hub.Hub.Dispatcher);
        await updater.UpdateAsync(StorefrontHub.ShopifyOrderId, tracked =>
        {
            tracked.Order.StartRiskAnalysis(Cause.Person("test"), _hub.Hub.Clock.GetUtcNow());
            tracked.Order.ApproveRisk("APA", Cause.Person("test"), _hub.Hub.Clock.GetUtcNow());
            return true;
        }, CancellationToken.None);
    }

    private void AssertNothingStored()
    {
        Assert.Empty(_hub.Hub.Deliveries.Records);
        Assert.Empty(_hub.Hub.Archive.Blobs);
        Assert.Empty(_hub.Hub.Publisher.Sent);
        Assert.Equal(0, _hub.Hub.Orders.Writes);
    }
}
