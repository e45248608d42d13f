using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
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
    public async Task ReceiveAsync_WhenOriginIsAnotherAccount_RejectsUnauthorized()
    {
        var outcome = await _hub.PostVtexAsync(StorefrontHub.VtexHook(account: "outraloja"));

        Assert.Equal(WebhookRejection.Unauthorized, Assert.IsType<WebhookOutcome.Rejected>(outcome).Reason);
        _hub.Oms.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ReceiveAsync_WhenNotificationLacksTheOrderId_RejectsInvalid()
    {
        var outcome = await _hub.PostVtexAsync(StorefrontHub.Edit(StorefrontHub.VtexHook(), hook => hook.Remove("OrderId")));

        var rejected = Assert.IsType<WebhookOutcome.Rejected>(outcome);
        Assert.Equal(WebhookRejection.InvalidOrder, rejected.Reason);
        Assert.Contains("OrderId", rejected.Errors!.Keys);
    }

    [Fact]
    public async Task ReceiveAsync_WhenReadyForHandling_ReadsTheOrderStoresItAndQueuesStartHandling()
    {
        _hub.ServeVtexOrder();

        var outcome = await _hub.PostVtexAsync(StorefrontHub.VtexHook());

        Assert.Equal(new WebhookOutcome.Accepted("vtex-1468292613054-01", Repeated: false), outcome);
        var order = await _hub.OrderAsync(StorefrontHub.VtexOrderId);
        Assert.Equal((OrderStatus.Received, 30890L), (order.Order.Status, order.Order.Amounts.TotalCents));
        Assert.Equal(
            [(OrderMessageTypes.OrderReceived, "vtex-1468292613054-01:0:OrderReceived"), (OrderMessageTypes.NotifyStorefront, "vtex-1468292613054-01:0:OrderReceived:notify")],
            _hub.Hub.Publisher.Sent.Select(message => (message.Type, message.MessageId)));
        // The OMS order is archived: the hook carries no order data.
        Assert.Contains("\"orderId\": \"1468292613054-01\"", System.Text.Encoding.UTF8.GetString(Assert.Single(_hub.Hub.Archive.Blobs).Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiveAsync_WhenTheSameNotificationRepeats_AnswersRepeatedWithoutReadingVtexAgain()
    {
        _hub.ServeVtexOrder();
        await _hub.PostVtexAsync(StorefrontHub.VtexHook());

        var outcome = await _hub.PostVtexAsync(StorefrontHub.VtexHook());

        Assert.Equal(new WebhookOutcome.Accepted("vtex-1468292613054-01", Repeated: true), outcome);
        _hub.Oms.Verify(oms => oms.GetOrderAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once());
        Assert.Equal(2, _hub.Hub.Publisher.Sent.Count);
    }

    [Fact]
    public async Task ReceiveAsync_WhenVtexHasNoSuchOrder_RejectsUnknownTargetAndStoresNothing()
    {
        var outcome = await _hub.PostVtexAsync(StorefrontHub.VtexHook());

        Assert.Equal(WebhookRejection.UnknownTarget, Assert.IsType<WebhookOutcome.Rejected>(outcome).Reason);
        Assert.Empty(_hub.Hub.Deliveries.Records);
        Assert.Equal(0, _hub.Hub.Orders.Writes);
    }

    [Fact]
    public async Task ReceiveAsync_WhenVtexFails_LetsTheFailureThroughWithNothingStored()
    {
        _hub.Oms.Setup(oms => oms.GetOrderAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("VTEX down"));

        await Assert.ThrowsAsync<HttpRequestException>(() => _hub.PostVtexAsync(StorefrontHub.VtexHook()));

        Assert.Empty(_hub.Hub.Deliveries.Records);
        Assert.Equal(0, _hub.Hub.Orders.Writes);
    }

    [Theory]
    [InlineData("canceled")]
    [InlineData("cancel")]
    public async Task ReceiveAsync_WhenTheOrderIsCanceledAtVtex_CancelsItWithoutTellingVtexBack(string state)
    {
        _hub.ServeVtexOrder();
        await _hub.PostVtexAsync(StorefrontHub.VtexHook());

        var outcome = await _hub.PostVtexAsync(StorefrontHub.VtexHook(state, "2026-11-23T15:10:00Z"));

        Assert.Equal(new WebhookOutcome.Accepted("vtex-1468292613054-01", Repeated: false), outcome);
        var order = (await _hub.OrderAsync(StorefrontHub.VtexOrderId)).Order;
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(CauseKind.Webhook, order.Timeline[^1].Cause.Kind);
        // The only notice is the one of the order's receipt: VTEX is not told of its own cancellation.
        Assert.Single(_hub.Hub.Publisher.Sent, message => message.Type == OrderMessageTypes.NotifyStorefront);
    }

    [Fact]
    public async Task ReceiveAsync_WhenCancelForAnOrderTheHubNeverTook_AcknowledgesWithoutChange()
    {
        var outcome = await _hub.PostVtexAsync(StorefrontHub.VtexHook("canceled"));

        Assert.Equal(new WebhookOutcome.Accepted("vtex-1468292613054-01", Repeated: true), outcome);
        Assert.Equal(0, _hub.Hub.Orders.Writes);
        _hub.Oms.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ReceiveAsync_WhenAnotherStateOfAStoredOrder_AcknowledgesWithoutChange()
    {
        _hub.ServeVtexOrder();
        await _hub.PostVtexAsync(StorefrontHub.VtexHook());
        var writes = _hub.Hub.Orders.Writes;

        var outcome = await _hub.PostVtexAsync(StorefrontHub.VtexHook("handling", "2026-11-23T15:00:00Z"));

        Assert.Equal(new WebhookOutcome.Accepted("vtex-1468292613054-01", Repeated: true), outcome);
        Assert.Equal(writes, _hub.Hub.Orders.Writes);
    }
}
