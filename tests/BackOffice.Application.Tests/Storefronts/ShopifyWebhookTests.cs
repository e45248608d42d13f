using BackOffice.Application.Channels.Parking;
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
    public async Task ReceiveAsync_WhenVerified_AnswersTheOrderIdOnceTheDeliveryIsQueuedAndStoresNothingElse()
    {
        var outcome = await _hub.AckShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1", eventId: "event-1");

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: null), outcome);
        var queued = Assert.Single(_hub.Hub.Publisher.Sent);
        Assert.Equal((ShopifyWebhook.MessageType, ShopifyWebhookTopics.OrdersCreate, "webhook-1", "event-1"), (
            queued.Type, queued.Data![ShopifyWebhookHeaders.TopicHeader], queued.Data[ShopifyWebhookHeaders.WebhookIdHeader], queued.Data[ShopifyWebhookHeaders.EventIdHeader]));
        Assert.Equal(0, _hub.Hub.Orders.Writes);
        Assert.Empty(_hub.Hub.Deliveries.Records);
        Assert.Empty(_hub.Hub.Archive.Blobs);
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

    [Fact]
    public async Task ReceiveAsync_WhenTheSameWebhookArrivesFourTimesAtOnce_StoresOneOrderAndAnswersItOnceAsNew()
    {
        // Shopify retries a delivery it timed out on while the first is still being handled.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1", eventId: "event-98880550"))));

        var accepted = outcomes.Select(Assert.IsType<WebhookOutcome.Accepted>).ToList();
        Assert.All(accepted, outcome => Assert.Equal("shopify-5829104711853", outcome.OrderId));
        Assert.Single(accepted, outcome => outcome.Repeated == false);
        var order = await _hub.OrderAsync(StorefrontHub.ShopifyOrderId);
        Assert.Single(order.Order.Timeline, entry => entry.Event == "OrderReceived");
        Assert.Single(_hub.Hub.Publisher.IdsOf(OrderMessageTypes.OrderReceived));
    }

    [Fact]
    public async Task ReceiveAsync_WhenTheSameEventComesUnderAnotherWebhookId_AnswersRepeatedAndChangesNothing()
    {
        await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1", eventId: "event-98880550");
        var writes = _hub.Hub.Orders.Writes;

        // Shopify's guide: the same X-Shopify-Event-Id on more than one webhook is a duplicate, whatever the delivery id.
        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-2", eventId: "event-98880550");

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: true), outcome);
        Assert.Equal(writes, _hub.Hub.Orders.Writes);
        Assert.Single(_hub.Hub.Publisher.Sent);
        // Known by its event: neither archived nor recorded a second time under the new delivery id.
        Assert.Single(_hub.Hub.Archive.Blobs);
        Assert.DoesNotContain(("shopify", "webhook-2"), _hub.Hub.Deliveries.Records.Keys);
    }

    [Fact]
    public async Task ReceiveAsync_WhenOneEventComesUnderTwoTopics_HandlesEach()
    {
        await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), ShopifyWebhookTopics.OrdersCreate, "webhook-1", eventId: "event-98880550");

        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyCancelled(), ShopifyWebhookTopics.OrdersCancelled, "webhook-2", eventId: "event-98880550");

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: false), outcome);
        Assert.Equal(OrderStatus.Cancelled, (await _hub.OrderAsync(StorefrontHub.ShopifyOrderId)).Order.Status);
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
    public async Task ReceiveAsync_WhenTopicIsNotAnOrderTopic_ParksItForAPersonAndAnswers2xx(string? topic)
    {
        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(), topic!, "webhook-1");

        var parked = Assert.IsType<WebhookOutcome.Parked>(outcome);
        Assert.Contains(ShopifyWebhookHeaders.TopicHeader, _hub.ParkedStore.Parked[parked.ParkedId].Delivery.Errors.Keys);
        AssertNothingStored();
    }

    [Fact]
    public async Task ReceiveAsync_WhenBodyIsNotJson_ParksItWithTheRawBytes()
    {
        var outcome = await _hub.PostShopifyAsync("{\"id\": ", ShopifyWebhookTopics.OrdersCreate, "webhook-1");

        var parked = Assert.IsType<WebhookOutcome.Parked>(outcome);
        Assert.Equal("{\"id\": ", System.Text.Encoding.UTF8.GetString(_hub.ParkedStore.Parked[parked.ParkedId].Payload));
        AssertNothingStored();
    }

    [Fact]
    public async Task ReceiveAsync_WhenOrderHasNoItems_ParksItWithTheFieldInsteadOfRefusingIt()
    {
        // Shopify takes any non-2xx as a failure, retries 8 times over 4 hours, then may remove the subscription.
        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(order => order.Remove("line_items")), ShopifyWebhookTopics.OrdersCreate, "webhook-1");

        var parked = Assert.IsType<WebhookOutcome.Parked>(outcome);
        var entry = Assert.Single(await _hub.Parked.ListAsync(CancellationToken.None));
        Assert.Equal((parked.ParkedId, SalesChannel.Shopify, "webhook-1"), (entry.Id, entry.Channel, entry.DeliveryId));
        Assert.Contains("line_items", entry.Errors.Keys);
        Assert.Equal(ShopifyWebhookTopics.OrdersCreate, entry.Headers[ShopifyWebhookHeaders.TopicHeader]);
        AssertNothingStored();
    }

    [Fact]
    public async Task ReceiveAsync_WhenTheRefusedValueIsHuge_ParksItWithTheMessageClippedAndThePayloadWhole()
    {
        // The message quotes the currency: whole, it was past what the parked entry's table property holds (a 5xx).
        var currency = new string('a', 70_000);
        var outcome = await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(order => order["currency"] = currency), ShopifyWebhookTopics.OrdersCreate, "webhook-1");

        var parked = _hub.ParkedStore.Parked[Assert.IsType<WebhookOutcome.Parked>(outcome).ParkedId];
        var message = Assert.Single(parked.Delivery.Errors["currency"]);
        Assert.InRange(message.Length, DeliveryParking.MaxMessageLength, DeliveryParking.MaxMessageLength + 100);
        Assert.Contains(currency, System.Text.Encoding.UTF8.GetString(parked.Payload));
        AssertNothingStored();
    }

    [Fact]
    public async Task ResumeAsync_WhenOpsSendTheCorrectedOrder_TakesItInAndUnparksIt()
    {
        var parked = Assert.IsType<WebhookOutcome.Parked>(
            await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(order => order.Remove("line_items")), ShopifyWebhookTopics.OrdersCreate, "webhook-1"));

        var outcome = await _hub.Parked.ResumeAsync(parked.ParkedId, System.Text.Encoding.UTF8.GetBytes(StorefrontHub.ShopifyOrder()), CancellationToken.None);

        Assert.Equal(new WebhookOutcome.Accepted("shopify-5829104711853", Repeated: false), outcome);
        Assert.Equal(OrderStatus.Received, (await _hub.OrderAsync(StorefrontHub.ShopifyOrderId)).Order.Status);
        Assert.Empty(_hub.ParkedStore.Parked);
    }

    [Fact]
    public async Task ResumeAsync_WhenThePayloadIsStillUnusable_KeepsItParkedWithTheNewReason()
    {
        var parked = Assert.IsType<WebhookOutcome.Parked>(
            await _hub.PostShopifyAsync(StorefrontHub.ShopifyOrder(order => order.Remove("line_items")), ShopifyWebhookTopics.OrdersCreate, "webhook-1"));

        var outcome = await _hub.Parked.ResumeAsync(parked.ParkedId, System.Text.Encoding.UTF8.GetBytes(StorefrontHub.ShopifyOrder(order => order.Remove("currency"))), CancellationToken.None);

        Assert.Equal(parked.ParkedId, Assert.IsType<WebhookOutcome.Parked>(outcome).ParkedId);
        var entry = Assert.Single(await _hub.Parked.ListAsync(CancellationToken.None));
        Assert.Equal(2, entry.Attempts);
        Assert.Contains("currency", entry.Errors.Keys);
        Assert.Equal(0, _hub.Hub.Orders.Writes);
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
