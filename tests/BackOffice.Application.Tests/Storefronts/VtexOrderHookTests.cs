using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Channels.Vtex;
using BackOffice.Domain.Orders;
using Moq;

namespace BackOffice.Application.Tests.Storefronts;

public sealed class VtexOrderHookTests
{
    private readonly StorefrontHub _hub = new();

    [Theory]
    [InlineData(StorefrontHub.VtexToken)]
    [InlineData(null)]
    public async Task ReceiveAsync_WhenPing_AnswersPingAndStoresNothing(string? token)
    {
        var outcome = await _hub.PostVtexAsync("{\"hookConfig\":\"ping\"}", token);

        Assert.IsType<WebhookOutcome.Ping>(outcome);
        Assert.Empty(_hub.Hub.Deliveries.Records);
        _hub.Oms.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task ReceiveAsync_WhenSecretHeaderIsMissingOrWrong_RejectsUnauthorized(string? token)
    {
        var outcome = await _hub.PostVtexAsync(StorefrontHub.VtexHook(), token);

        Assert.Equal(WebhookRejection.Unauthorized, Assert.IsType<WebhookOutcome.Rejected>(outcome).Reason);
        Assert.Empty(_hub.Hub.Deliveries.Records);
        _hub.Oms.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ReceiveAsync_WhenOriginIsAnotherAccount_ParksItWithoutReadingVtex()
    {
        var outcome = await _hub.PostVtexAsync(StorefrontHub.VtexHook(account: "outraloja"));

        Assert.IsType<WebhookOutcome.Parked>(outcome);
        Assert.Empty(_hub.Hub.Publisher.Sent);
        _hub.Oms.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ReceiveAsync_WhenNotificationLacksTheOrderId_ParksItWithTheField()
    {
        var outcome = await _hub.PostVtexAsync(StorefrontHub.Edit(StorefrontHub.VtexHook(), hook => hook.Remove("OrderId")));

        var parked = Assert.IsType<WebhookOutcome.Parked>(outcome);
        Assert.Contains("OrderId", _hub.ParkedStore.Parked[parked.ParkedId].Delivery.Errors.Keys);
        Assert.Empty(_hub.Hub.Publisher.Sent);
    }

    [Theory]
    [InlineData("LastState")]
    [InlineData("Domain")]
    public async Task ReceiveAsync_WhenAFieldMakesTheNotificationHuge_ParksItInsteadOfQueueingIt(string field)
    {
        // The queued read carries the body, and a queue refuses a message past 64 KiB: that was a 503 to VTEX.
        var hook = StorefrontHub.Edit(StorefrontHub.VtexHook(), hook => hook[field] = new string('a', 70_000));

        var outcome = await _hub.PostVtexAsync(hook);

        var parked = Assert.IsType<WebhookOutcome.Parked>(outcome);
        Assert.Contains("bytes", parked.Reason);
        Assert.Equal(hook, System.Text.Encoding.UTF8.GetString(_hub.ParkedStore.Parked[parked.ParkedId].Payload));
        Assert.Empty(_hub.Hub.Publisher.Sent);
    }

    [Fact]
    public async Task ReceiveAsync_WhenReadyForHandling_AnswersWithoutReadingVtexAndQueuesTheRead()
    {
        _hub.ServeVtexOrder();

        var outcome = await _hub.PostVtexAsync(StorefrontHub.VtexHook());

        // VTEX wants a 200 within 5 s: the OMS read (up to a minute with retries) runs from the queued message.
        Assert.Equal(new WebhookOutcome.Accepted("vtex-1468292613054-01", Repeated: false), outcome);
        _hub.Oms.VerifyNoOtherCalls();
        var queued = Assert.Single(_hub.Hub.Publisher.Sent);
        Assert.Equal((VtexOrderHook.MessageType, "vtex-1468292613054-01"), (queued.Type, queued.OrderId));
        Assert.Equal(0, _hub.Hub.Orders.Writes);
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheSameHookAndItsReadRunFourTimesAtOnce_StoresOneOrderAndStartsHandlingOnce()
    {
        // VTEX repeats a hook it did not hear back from in 5 s, and the queue may hand its read to two instances at once.
        _hub.ServeVtexOrder();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _hub.PostVtexAsync(StorefrontHub.VtexHook()))));
        var reads = _hub.Hub.Publisher.Sent.Where(message => message.Type == VtexOrderHook.MessageType).ToList();
        await Task.WhenAll(reads.Concat(reads).Select(read => Task.Run(() => _hub.VtexChanged.ExecuteAsync(OrderMessage.From(read), CancellationToken.None))));

        var order = await _hub.OrderAsync(StorefrontHub.VtexOrderId);
        Assert.Single(order.Order.Timeline, entry => entry.Event == "OrderReceived");
        Assert.Single(_hub.Hub.Publisher.IdsOf(OrderMessageTypes.OrderReceived));
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheQueuedReadRuns_StoresTheOrderAndQueuesStartHandling()
    {
        _hub.ServeVtexOrder();

        await _hub.PostVtexAndReadAsync(StorefrontHub.VtexHook());

        var order = await _hub.OrderAsync(StorefrontHub.VtexOrderId);
        Assert.Equal((OrderStatus.Received, 30890L), (order.Order.Status, order.Order.Amounts.TotalCents));
        Assert.Equal(
            [(OrderMessageTypes.OrderReceived, "vtex-1468292613054-01:0:OrderReceived"), (OrderMessageTypes.NotifyStorefront, "vtex-1468292613054-01:0:OrderReceived:notify")],
            _hub.Hub.Publisher.Sent.Skip(1).Select(message => (message.Type, message.MessageId)));
        // The OMS order is archived: the hook carries no order data.
        Assert.Contains("\"orderId\": \"1468292613054-01\"", System.Text.Encoding.UTF8.GetString(Assert.Single(_hub.Hub.Archive.Blobs).Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiveAsync_WhenTheSameNotificationRepeatsAfterItsRead_AnswersRepeatedWithoutQueueingOrReading()
    {
        _hub.ServeVtexOrder();
        await _hub.PostVtexAndReadAsync(StorefrontHub.VtexHook());
        var sent = _hub.Hub.Publisher.Sent.Count;

        var outcome = await _hub.PostVtexAndReadAsync(StorefrontHub.VtexHook());

        Assert.Equal(new WebhookOutcome.Accepted("vtex-1468292613054-01", Repeated: true), outcome);
        _hub.Oms.Verify(oms => oms.GetOrderAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once());
        Assert.Equal(sent, _hub.Hub.Publisher.Sent.Count);
    }

    [Fact]
    public async Task ExecuteAsync_WhenVtexHasNoSuchOrderYet_FailsSoTheMessageIsRetriedAndStoresNothing()
    {
        await _hub.PostVtexAsync(StorefrontHub.VtexHook());

        await Assert.ThrowsAsync<InvalidOperationException>(() => _hub.VtexChanged.ExecuteAsync(OrderMessage.From(_hub.Hub.Publisher.Sent[0]), CancellationToken.None));

        Assert.Empty(_hub.Hub.Deliveries.Records);
        Assert.Equal(0, _hub.Hub.Orders.Writes);
    }

    [Fact]
    public async Task ExecuteAsync_WhenVtexFails_LetsTheFailureThroughWithNothingStored()
    {
        _hub.Oms.Setup(oms => oms.GetOrderAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("VTEX down"));

        await Assert.ThrowsAsync<HttpRequestException>(() => _hub.PostVtexAndReadAsync(StorefrontHub.VtexHook()));

        Assert.Empty(_hub.Hub.Deliveries.Records);
        Assert.Equal(0, _hub.Hub.Orders.Writes);
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheOmsOrderCannotBeMapped_ParksItAndResumesItOnceCorrected()
    {
        var order = StorefrontHub.Sample("Vtex", "order-pix.json");
        _hub.Oms.Setup(oms => oms.GetOrderAsync("1468292613054-01", It.IsAny<CancellationToken>()))
            .ReturnsAsync(System.Text.Encoding.UTF8.GetBytes(StorefrontHub.Edit(order, json => json.Remove("items"))));

        await _hub.PostVtexAndReadAsync(StorefrontHub.VtexHook());

        var parked = Assert.Single(await _hub.Parked.ListAsync(CancellationToken.None));
        Assert.Equal(SalesChannel.Vtex, parked.Channel);
        Assert.Equal(0, _hub.Hub.Orders.Writes);

        var outcome = await _hub.Parked.ResumeAsync(parked.Id, System.Text.Encoding.UTF8.GetBytes(order), CancellationToken.None);

        Assert.Equal(new WebhookOutcome.Accepted("vtex-1468292613054-01", Repeated: false), outcome);
        Assert.Equal(OrderStatus.Received, (await _hub.OrderAsync(StorefrontHub.VtexOrderId)).Order.Status);
        Assert.Empty(_hub.ParkedStore.Parked);
    }

    [Theory]
    [InlineData("canceled")]
    [InlineData("cancel")]
    public async Task ReceiveAsync_WhenTheOrderIsCanceledAtVtex_CancelsItWithoutTellingVtexBack(string state)
    {
        _hub.ServeVtexOrder();
        await _hub.PostVtexAndReadAsync(StorefrontHub.VtexHook());

        var outcome = await _hub.PostVtexAndReadAsync(StorefrontHub.VtexHook(state, "2026-11-23T15:10:00Z"));

        Assert.Equal(new WebhookOutcome.Accepted("vtex-1468292613054-01", Repeated: false), outcome);
        var order = (await _hub.OrderAsync(StorefrontHub.VtexOrderId)).Order;
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(CauseKind.Webhook, order.Timeline[^1].Cause.Kind);
        // The only notice is the one of the order's receipt: VTEX is not told of its own cancellation.
        Assert.Single(_hub.Hub.Publisher.Sent, message => message.Type == OrderMessageTypes.NotifyStorefront);
    }

    [Fact]
    public async Task ExecuteAsync_WhenCancelForAnOrderTheHubNeverTook_RecordsItWithoutChange()
    {
        await _hub.PostVtexAndReadAsync(StorefrontHub.VtexHook("canceled"));

        Assert.Single(_hub.Hub.Deliveries.Records);
        Assert.Equal(0, _hub.Hub.Orders.Writes);
        _hub.Oms.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ExecuteAsync_WhenAnotherStateOfAStoredOrder_RecordsItWithoutChange()
    {
        _hub.ServeVtexOrder();
        await _hub.PostVtexAndReadAsync(StorefrontHub.VtexHook());
        var writes = _hub.Hub.Orders.Writes;

        await _hub.PostVtexAndReadAsync(StorefrontHub.VtexHook("handling", "2026-11-23T15:00:00Z"));

        Assert.Equal(writes, _hub.Hub.Orders.Writes);
        _hub.Oms.Verify(oms => oms.GetOrderAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once());
    }
}
