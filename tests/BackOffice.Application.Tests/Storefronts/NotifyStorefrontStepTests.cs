using BackOffice.Application.Documents;
using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Application.Processing;
using BackOffice.Application.Processing.Steps;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BackOffice.Application.Tests.Storefronts;

public sealed class NotifyStorefrontStepTests
{
    private readonly StorefrontHub _hub = new();
    private readonly Mock<IStorefrontNotifier> _vtex = new();

    public NotifyStorefrontStepTests()
    {
        _vtex.SetupGet(notifier => notifier.Channel).Returns(SalesChannel.Vtex);
        _hub.ServeVtexOrder();
    }

    [Fact]
    public async Task ExecuteAsync_WhenAVtexOrderWasReceived_AsksVtexToStartHandlingAndMarksTheMessageHandled()
    {
        var order = await ReceiveVtexOrderAsync();
        StorefrontNotice? sent = null;
        _vtex.Setup(notifier => notifier.NotifyAsync(It.IsAny<StorefrontNotice>(), It.IsAny<CancellationToken>()))
            .Callback<StorefrontNotice, CancellationToken>((notice, _) => sent = notice)
            .ReturnsAsync(StorefrontReply.Accepted);

        await Step().ExecuteAsync(Scope(order, "OrderReceived"), CancellationToken.None);

        Assert.NotNull(sent);
        Assert.Equal(
            (StorefrontNoticeKind.Received, "1468292613054-01", "vtex-1468292613054-01:received"),
            (sent.Kind, sent.ExternalId, sent.IdempotencyKey));
        var stored = await _hub.OrderAsync(StorefrontHub.VtexOrderId);
        Assert.True(stored.HasProcessed("vtex-1468292613054-01:0:OrderReceived:notify"));
        Assert.Equal(order.Order.Timeline.Count, stored.Order.Timeline.Count);
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheStorefrontRefuses_PutsTheOrderInFrontOfAPersonWithTheRefusal()
    {
        var order = await ReceiveVtexOrderAsync();
        _vtex.Setup(notifier => notifier.NotifyAsync(It.IsAny<StorefrontNotice>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(StorefrontReply.Refused("VTEX 404 OMS001: Order not found."));

        await Step().ExecuteAsync(Scope(order, "OrderReceived"), CancellationToken.None);

        var stored = (await _hub.OrderAsync(StorefrontHub.VtexOrderId)).Order;
        Assert.Equal(OrderStatus.NeedsAttention, stored.Status);
        Assert.Equal("AttentionRequired", stored.Timeline[^1].Event);
        Assert.Contains("Order not found", stored.Attention!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheStorefrontRefusesForAnOrderThatCannotWait_FailsTheMessageIntoTheDeadLetters()
    {
        var order = await ReceiveVtexOrderAsync();
        await _hub.Hub.Actions.CancelAsync(StorefrontHub.VtexOrderId, "test", "ops", CancellationToken.None);
        _vtex.Setup(notifier => notifier.NotifyAsync(It.IsAny<StorefrontNotice>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(StorefrontReply.Refused("VTEX 409: The order cannot be canceled because it is already invoiced."));
        order = await _hub.OrderAsync(StorefrontHub.VtexOrderId);

        await Assert.ThrowsAsync<UnprocessableMessageException>(() => Step().ExecuteAsync(Scope(order, "OrderCancelled"), CancellationToken.None));

        Assert.Equal(OrderStatus.Cancelled, (await _hub.OrderAsync(StorefrontHub.VtexOrderId)).Order.Status);
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheStorefrontFails_ThrowsSoTheTransportRetriesAndChangesNothing()
    {
        var order = await ReceiveVtexOrderAsync();
        _vtex.Setup(notifier => notifier.NotifyAsync(It.IsAny<StorefrontNotice>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("VTEX 503"));

        await Assert.ThrowsAsync<HttpRequestException>(() => Step().ExecuteAsync(Scope(order, "OrderReceived"), CancellationToken.None));

        Assert.Equal(order.ETag, (await _hub.OrderAsync(StorefrontHub.VtexOrderId)).ETag);
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheMessageNamesNoEvent_ThrowsUnprocessable()
    {
        var order = await ReceiveVtexOrderAsync();

        await Assert.ThrowsAsync<UnprocessableMessageException>(() => Step().ExecuteAsync(Scope(order, eventName: null), CancellationToken.None));
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheNfeIsAuthorized_SendsTheStoredXmlWithTheInvoice()
    {
        var order = await InvoicedVtexOrderAsync("documents/vtex-1468292613054-01/nfe.xml");
        var documents = new Mock<IDocumentStore>();
        documents.Setup(store => store.ReadAsync("documents/vtex-1468292613054-01/nfe.xml", It.IsAny<CancellationToken>())).ReturnsAsync("<nfeProc/>"u8.ToArray());
        StorefrontNotice? sent = null;
        _vtex.Setup(notifier => notifier.NotifyAsync(It.IsAny<StorefrontNotice>(), It.IsAny<CancellationToken>()))
            .Callback<StorefrontNotice, CancellationToken>((notice, _) => sent = notice)
            .ReturnsAsync(StorefrontReply.Accepted);

        await new NotifyStorefrontStep([_vtex.Object], documents.Object, NullLogger<NotifyStorefrontStep>.Instance)
            .ExecuteAsync(Scope(order, "InvoiceAuthorized"), CancellationToken.None);

        Assert.Equal((StorefrontNoticeKind.Invoiced, "<nfeProc/>"), (sent!.Kind, sent.Invoice!.Xml));
    }

    [Fact]
    public async Task ExecuteAsync_WhenInvoicedButTheOrderHasNoNfe_ThrowsUnprocessable()
    {
        var order = await ReceiveVtexOrderAsync();

        await Assert.ThrowsAsync<UnprocessableMessageException>(() => Step().ExecuteAsync(Scope(order, "InvoiceAuthorized"), CancellationToken.None));
        _vtex.Verify(notifier => notifier.NotifyAsync(It.IsAny<StorefrontNotice>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    [Fact]
    public void For_WhenCancelledByRisk_CarriesTheEventAndItsDetailAsReason()
    {
        var order = Order.Restore(new OrderSnapshot(
            StorefrontHub.VtexOrderId, SalesChannel.Vtex, "1468292613054-01", OrderStatus.Cancelled, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch,
            new OrderAmounts(Currency.Of("BRL"), 1000, 0, 0, 1000), [new OrderLine("SKU-1", "Camiseta", 1, 1000)], new Customer("Maria", "maria@example.com", null, null), null,
            new Payment(PaymentMethod.Pix, 1000, true, 1),
            [new TimelineEntry(DateTimeOffset.UnixEpoch, "RiskDenied", OrderStatus.Cancelled, Cause.Message("m"), "RPM")]));

        var notice = StorefrontNoticeFactory.For(order, "RiskDenied");

        Assert.Equal((StorefrontNoticeKind.Cancelled, "RiskDenied: RPM"), (notice.Kind, notice.CancelReason));
    }

    private NotifyStorefrontStep Step() => new([_vtex.Object], Mock.Of<IDocumentStore>(), NullLogger<NotifyStorefrontStep>.Instance);

    private OrderMessageScope Scope(TrackedOrder order, string? eventName) => new(
        new OrderMessage(
            "vtex-1468292613054-01:0:OrderReceived:notify", OrderMessageTypes.NotifyStorefront, order.Order.Id.Value, _hub.Hub.Clock.GetUtcNow(),
            eventName is null ? null : new Dictionary<string, string> { [OrderMessageData.Event] = eventName }),
        order,
        new OrderUpdater(_hub.Hub.Orders, _hub.Hub.Dispatcher),
        _hub.Hub.Clock);

    private async Task<TrackedOrder> InvoicedVtexOrderAsync(string xmlLocation)
    {
        var tracked = await ReceiveVtexOrderAsync();
        var (order, cause, now) = (tracked.Order, Cause.Timer("test"), _hub.Hub.Clock.GetUtcNow());
        order.StartRiskAnalysis(cause, now);
        order.ApproveRisk("APA", cause, now);
        order.LinkCharge(new ChargeInfo("ch_1", ChargeState.Paid, order.Amounts.TotalCents, null), cause, now);
        order.ApprovePayment(order.Amounts.TotalCents, cause, now);
        order.ReserveStock(cause, now);
        order.RequestInvoice(cause, now);
        order.AuthorizeInvoice("35261111222333000181550010000012341000012345", "1234", "1", xmlLocation, "documents/danfe.pdf", cause, now);
        tracked.CollectOutbox();
        await _hub.Hub.Orders.SaveAsync(tracked, CancellationToken.None);
        return await _hub.OrderAsync(StorefrontHub.VtexOrderId);
    }

    private async Task<TrackedOrder> ReceiveVtexOrderAsync()
    {
        await _hub.PostVtexAndReadAsync(StorefrontHub.VtexHook());
        return await _hub.OrderAsync(StorefrontHub.VtexOrderId);
    }
}
