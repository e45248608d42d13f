using BackOffice.Application.Documents;
using BackOffice.Application.Expedition;
using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BackOffice.Application.Tests.Expedition;

public sealed class ExpeditionBatchesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly InMemoryOrderRepository _orders = new();
    private readonly Mock<IExpeditionBatchStore> _store = new();
    private readonly Mock<IBatchPdfComposer> _composer = new();
    private readonly Mock<IDocumentStore> _documents = new();
    private BatchPrintout? _composed;

    public ExpeditionBatchesTests()
    {
        _documents.Setup(store => store.ReadAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string location, CancellationToken _) => System.Text.Encoding.ASCII.GetBytes("%PDF-1.4 " + location));
        _composer.Setup(composer => composer.Compose(It.IsAny<BatchPrintout>())).Callback<BatchPrintout>(printout => _composed = printout).Returns([1, 2, 3]);
        _store.Setup(store => store.CreateAsync(It.IsAny<ExpeditionBatch>(), It.IsAny<byte[]>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ExpeditionBatch batch, byte[] _, CancellationToken _) => batch with { PdfLocation = "documents/batches/x.pdf" });
        _store.Setup(store => store.FindAssignedAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<CancellationToken>())).ReturnsAsync(new HashSet<string>());
    }

    [Fact]
    public async Task CreateAsync_WithNamedReadyOrders_PrintsEachOrdersDanfeAndLabelWithPickListSums()
    {
        await StoreAsync("1001", OrderStatus.ReadyToShip, [new OrderLine("SKU-A", "Camiseta", 2, 4990), new OrderLine("SKU-B", "Boné", 1, 2990)]);
        await StoreAsync("1002", OrderStatus.ReadyToShip, [new OrderLine("SKU-A", "Camiseta", 3, 4990)]);

        var outcome = await Batches().CreateAsync(["hub-1002", "hub-1001"], CancellationToken.None);

        var batch = Assert.IsType<ExpeditionBatch>(outcome.Batch);
        Assert.Equal(ExpeditionBatches.BatchIdFor(["hub-1001", "hub-1002"]), batch.BatchId);
        Assert.Equal(["hub-1001", "hub-1002"], batch.Orders.Select(order => order.OrderId));
        var skuA = Assert.Single(batch.PickList, line => line.Sku == "SKU-A");
        Assert.Equal(5, skuA.Quantity);
        Assert.Equal([2, 3], skuA.Orders.Select(share => share.Quantity));
        Assert.Equal(1, Assert.Single(batch.PickList, line => line.Sku == "SKU-B").Quantity);
        Assert.Equal(2, _composed!.Orders.Count);
        Assert.All(_composed.Orders, order => Assert.Equal(("DANFE", "Label"), (order.Danfe.Kind, order.Label.Kind)));
        Assert.Equal("documents/hub-1001/label.pdf", _composed.Orders[0].Label.Location);
        _store.Verify(store => store.AssignAsync(batch.BatchId, It.Is<IEnumerable<string>>(ids => ids.Count() == 2), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task CreateAsync_WhenTheSameOrdersWereBatched_AnswersThatBatchAndPrintsNothing()
    {
        await StoreAsync("1001", OrderStatus.ReadyToShip);
        var existing = new ExpeditionBatch(ExpeditionBatches.BatchIdFor(["hub-1001"]), Now.AddHours(-1), ExpeditionBatch.NamedSelection, [], [], [], "documents/batches/b.pdf");
        _store.Setup(store => store.FindAsync(existing.BatchId, It.IsAny<CancellationToken>())).ReturnsAsync(existing);

        var outcome = await Batches().CreateAsync(["hub-1001", "hub-1001"], CancellationToken.None);

        Assert.Same(existing, outcome.Batch);
        _composer.Verify(composer => composer.Compose(It.IsAny<BatchPrintout>()), Times.Never);
        _store.Verify(store => store.CreateAsync(It.IsAny<ExpeditionBatch>(), It.IsAny<byte[]>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task CreateAsync_WhenANamedOrderIsUnknownOrNotYetReady_RefusesEachAndStoresNothing()
    {
        await StoreAsync("1001", OrderStatus.ReadyToShip);
        await StoreAsync("1002", OrderStatus.Invoiced);

        var outcome = await Batches().CreateAsync(["hub-1001", "hub-1002", "hub-9999", "Not An Id"], CancellationToken.None);

        Assert.Null(outcome.Batch);
        Assert.Contains("orderIds", outcome.Errors.Keys);
        outcome = await Batches().CreateAsync(["hub-1001", "hub-1002", "hub-9999"], CancellationToken.None);
        Assert.Equal(["hub-1002", "hub-9999"], outcome.Errors.Keys.Order());
        Assert.Contains("Invoiced", outcome.Errors["hub-1002"][0]);
        _store.Verify(store => store.CreateAsync(It.IsAny<ExpeditionBatch>(), It.IsAny<byte[]>(), It.IsAny<CancellationToken>()), Times.Never);
        _store.Verify(store => store.AssignAsync(It.IsAny<string>(), It.IsAny<IEnumerable<string>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task CreateAsync_WithAnEmptyList_Refuses()
    {
        var outcome = await Batches().CreateAsync([], CancellationToken.None);

        Assert.Null(outcome.Batch);
        Assert.Contains("orderIds", outcome.Errors.Keys);
    }

    [Fact]
    public async Task CreateAsync_WithAShippedOrderNamed_PrintsItAgainAsAReprint()
    {
        await StoreAsync("1001", OrderStatus.Shipped);

        var outcome = await Batches().CreateAsync(["hub-1001"], CancellationToken.None);

        Assert.True(Assert.Single(outcome.Batch!.Orders).Reprint);
    }

    [Fact]
    public async Task CreateAsync_WithoutIds_BatchesTheReadyOrdersNotYetInABatch()
    {
        await StoreAsync("1001", OrderStatus.ReadyToShip);
        await StoreAsync("1002", OrderStatus.ReadyToShip);
        await StoreAsync("1003", OrderStatus.Invoiced);
        _store.Setup(store => store.FindAssignedAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<CancellationToken>())).ReturnsAsync(new HashSet<string> { "hub-1002" });

        var outcome = await Batches().CreateAsync(null, CancellationToken.None);

        Assert.Equal((ExpeditionBatch.WaitingSelection, "hub-1001"), (outcome.Batch!.Selection, Assert.Single(outcome.Batch.Orders).OrderId));
    }

    [Fact]
    public async Task CreateAsync_WithoutIdsWhenNothingWaits_AnswersTheLastSuchBatch()
    {
        var latest = new ExpeditionBatch("batch-0123456789abcdef0123", Now, ExpeditionBatch.WaitingSelection, [], [], [], "x");
        _store.Setup(store => store.LatestWaitingBatchAsync(It.IsAny<CancellationToken>())).ReturnsAsync(latest.BatchId);
        _store.Setup(store => store.FindAsync(latest.BatchId, It.IsAny<CancellationToken>())).ReturnsAsync(latest);

        var outcome = await Batches().CreateAsync(null, CancellationToken.None);

        Assert.Same(latest, outcome.Batch);
    }

    [Fact]
    public async Task HandOverAsync_RecordsOnEachOrdersTimelineOnce()
    {
        await StoreAsync("1001", OrderStatus.ReadyToShip);
        var batch = new ExpeditionBatch("batch-0123456789abcdef0123", Now, ExpeditionBatch.NamedSelection, [Line("hub-1001")], [], [], "x");
        _store.Setup(store => store.FindAsync(batch.BatchId, It.IsAny<CancellationToken>())).ReturnsAsync(batch);
        _store.Setup(store => store.MarkHandedOverAsync(batch, It.IsAny<DateTimeOffset>(), "ana", It.IsAny<CancellationToken>()))
            .ReturnsAsync(batch with { HandedOverAt = Now, HandedOverBy = "ana" });

        var first = await Batches().HandOverAsync(batch.BatchId, "ana", CancellationToken.None);
        var second = await Batches().HandOverAsync(batch.BatchId, "ana", CancellationToken.None);

        Assert.Equal(["hub-1001"], first!.Recorded);
        Assert.Equal((0, 1), (second!.Recorded.Count, second.AlreadyRecorded.Count));
        var order = (await _orders.FindAsync(OrderId.TryParse("hub-1001", out var id) ? id! : null!, CancellationToken.None))!.Order;
        Assert.Single(order.Timeline, entry => entry.Event == HandedToCarrier.EventName);
        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
    }

    [Fact]
    public void BatchIdFor_TheSameOrdersInAnyOrder_GivesTheSameId()
    {
        var id = ExpeditionBatches.BatchIdFor(["hub-1", "hub-2", "hub-1"]);

        Assert.Equal(id, ExpeditionBatches.BatchIdFor(["hub-2", "hub-1"]));
        Assert.NotEqual(id, ExpeditionBatches.BatchIdFor(["hub-1"]));
        Assert.True(ExpeditionBatches.IsBatchId(id));
    }

    [Fact]
    public void CarrierManifestFor_GroupsParcelsByTheServicesCompany()
    {
        var manifests = CarrierManifest.For([Line("hub-1", "Correios SEDEX", 500), Line("hub-2", "Jadlog .Package", 700), Line("hub-3", "Correios PAC", 300), Line("hub-4")]);

        Assert.Equal(["Correios", "Jadlog", ExpeditionBatches.DefaultCarrier], manifests.Select(manifest => manifest.Carrier));
        var correios = manifests.Single(manifest => manifest.Carrier == "Correios");
        Assert.Equal((2, 800), (correios.Lines.Count, correios.TotalWeightGrams));
    }

    private static BatchOrder Line(string orderId, string? service = null, int? weight = null) =>
        new(orderId, "ReadyToShip", "1", "key", "BR1", service?.Split(' ')[0] ?? ExpeditionBatches.DefaultCarrier, service, weight, [], false);

    private ExpeditionBatches Batches() => new(
        _orders, _documents.Object, _store.Object, _composer.Object,
        new OrderUpdater(_orders, new OutboxDispatcher(new RecordingPublisher(), _orders, NullLogger<OutboxDispatcher>.Instance)),
        new FakeTimeProvider(Now));

    private async Task StoreAsync(string externalId, OrderStatus status, IReadOnlyList<OrderLine>? lines = null)
    {
        lines ??= [new OrderLine("SKU-1", "Camiseta", 1, 4990)];
        var total = lines.Sum(line => line.TotalCents);
        var (cause, now) = (Cause.Timer("test"), Now.AddMinutes(-30));
        var order = Order.Receive(
            new OrderPlacement(
                SalesChannel.Hub, externalId, now, new OrderAmounts(Currency.Of("BRL"), total, 0, 0, total), lines,
                new Customer("Maria Silva", "maria@example.com", "52998224725", null),
                new Address("Av. Paulista", "1000", null, "Bela Vista", "São Paulo", "SP", "01310-100", "BR"),
                new Payment(PaymentMethod.CreditCard, total, ChargeCreatedByCheckout: true, Installments: 1)),
            cause, now);
        order.StartRiskAnalysis(cause, now);
        order.ApproveRisk("APA", cause, now);
        order.LinkCharge(new ChargeInfo("ch_1", ChargeState.Paid, total, null), cause, now);
        order.ApprovePayment(total, cause, now);
        order.ReserveStock(cause, now);
        order.RequestInvoice(cause, now);
        order.AuthorizeInvoice("35261111222333000181550010000012341000012345", "1234", "1", "documents/x.xml", $"documents/hub-{externalId}/danfe.pdf", cause, now);
        if (status != OrderStatus.Invoiced)
        {
            order.RecordLabelCart("lbl_" + externalId, cause, now, "Correios SEDEX", 500);
            order.PurchaseLabel("lbl_" + externalId, "BR" + externalId, $"documents/hub-{externalId}/label.pdf", cause, now);
        }

        if (status == OrderStatus.Shipped)
        {
            order.Ship(null, now, cause, now);
        }

        order.ClearDomainEvents();
        await _orders.TryCreateAsync(new TrackedOrder(order, null, [], []), CancellationToken.None);
    }
}
