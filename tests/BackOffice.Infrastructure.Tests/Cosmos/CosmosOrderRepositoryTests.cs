using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Cosmos;
using Microsoft.Azure.Cosmos;

namespace BackOffice.Infrastructure.Tests.Cosmos;

/// <summary>Against the Cosmos DB emulator that test.sh starts, in a database of its own.</summary>
public sealed class CosmosOrderRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly CosmosClient _client = CosmosClientFactory.Create(new CosmosOptions
    {
        Endpoint = LocalSettings.Get("Cosmos__Endpoint"),
        Key = LocalSettings.Get("Cosmos__Key"),
        AcceptAnyServerCertificate = true,
    });

    private readonly string _database = $"tests-{Guid.NewGuid():N}";
    private CosmosOrderRepository _repository = null!;

    public async Task InitializeAsync()
    {
        var database = (await _client.CreateDatabaseIfNotExistsAsync(_database)).Database;
        var container = (await database.CreateContainerIfNotExistsAsync("orders", "/id")).Container;
        _repository = new CosmosOrderRepository(container, new StorageOperationCounter(), new DueWork(LifecycleSettings.Default));
    }

    public async Task DisposeAsync()
    {
        await _client.GetDatabase(_database).DeleteAsync();
        _client.Dispose();
    }

    [Fact]
    public async Task TryCreateAsync_WhenNew_StoresTheOrderWithItsOutboxAndAnETag()
    {
        var order = NewOrder("1");

        Assert.True(await _repository.TryCreateAsync(order, CancellationToken.None));

        var found = await _repository.FindAsync(order.Order.Id, CancellationToken.None);
        Assert.NotNull(found!.ETag);
        Assert.Equal(order.ETag, found.ETag);
        Assert.Equal(order.Outbox, found.Outbox);
        Assert.Equal(order.Order.Timeline, found.Order.Timeline);
        Assert.Equal(order.Order.Customer, found.Order.Customer);
    }

    [Fact]
    public async Task TryCreateAsync_WhenTheOrderExists_ReturnsFalseAndKeepsTheFirst()
    {
        var first = NewOrder("2");
        await _repository.TryCreateAsync(first, CancellationToken.None);

        Assert.False(await _repository.TryCreateAsync(NewOrder("2"), CancellationToken.None));

        Assert.Equal(first.ETag, (await _repository.FindAsync(first.Order.Id, CancellationToken.None))!.ETag);
    }

    [Fact]
    public async Task SaveAsync_WhenTheETagIsStale_ThrowsOrderConcurrencyException()
    {
        var order = NewOrder("3");
        await _repository.TryCreateAsync(order, CancellationToken.None);
        var copy = (await _repository.FindAsync(order.Order.Id, CancellationToken.None))!;
        copy.Order.StartRiskAnalysis(Cause.Message("m1"), Now);
        await _repository.SaveAsync(copy, CancellationToken.None);

        order.Order.StartRiskAnalysis(Cause.Message("m2"), Now);

        await Assert.ThrowsAsync<OrderConcurrencyException>(() => _repository.SaveAsync(order, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_WhenTheLifecycleMoved_RestoresChargeInvoiceAndCompensations()
    {
        var order = NewOrder("6");
        await _repository.TryCreateAsync(order, CancellationToken.None);
        var domain = order.Order;
        domain.StartRiskAnalysis(Cause.Message("m1"), Now);
        domain.ApproveRisk("APA", Cause.Message("m2"), Now);
        domain.LinkCharge(new ChargeInfo("ch_1", ChargeState.Authorized, 0, null), Cause.Message("m3"), Now);
        domain.ApprovePayment(4990, Cause.Message("m4"), Now);
        domain.ReserveStock(Cause.Message("m5"), Now);
        domain.RequestInvoice(Cause.Message("m6"), Now);
        domain.AuthorizeInvoice("35261100000000000000550010000000011000000011", "7", "1", "x.xml", "d.pdf", Cause.Message("m7"), Now);
        domain.Cancel("customer asked", Cause.Person("ops"), Now);
        await _repository.SaveAsync(order, CancellationToken.None);

        var found = (await _repository.FindAsync(domain.Id, CancellationToken.None))!.Order;

        Assert.Equal(domain.Charge, found.Charge);
        Assert.Equal(domain.Invoice, found.Invoice);
        Assert.Equal(domain.Risk, found.Risk);
        Assert.Equal(new Compensations(false, true, true, true), found.PendingCompensations);
        Assert.Equal(domain.Timeline, found.Timeline);
    }

    [Fact]
    public async Task FindAsync_WhenUnknown_ReturnsNull()
    {
        Assert.Null(await _repository.FindAsync(OrderId.For(SalesChannel.Hub, "missing"), CancellationToken.None));
    }

    [Fact]
    public async Task Queries_WhenOrdersDiffer_FilterByStatusAndPendingOutbox()
    {
        var pending = NewOrder("4");
        var moved = NewOrder("5");
        moved.RemoveFromOutbox([.. moved.Outbox.Select(message => message.MessageId)]);
        moved.Order.StartRiskAnalysis(Cause.Message("m"), Now);
        await _repository.TryCreateAsync(pending, CancellationToken.None);
        await _repository.TryCreateAsync(moved, CancellationToken.None);

        var received = (await _repository.ListByStatusAsync(OrderStatus.Received, 10, null, CancellationToken.None)).Items;
        var stale = await _repository.ListWithPendingOutboxAsync(Now.AddMinutes(1), 10, CancellationToken.None);
        var notYet = await _repository.ListWithPendingOutboxAsync(Now.AddMinutes(-1), 10, CancellationToken.None);

        Assert.Equal(["hub-4"], received.Select(summary => summary.OrderId));
        Assert.Equal(["hub-4"], stale.Select(id => id.Value));
        Assert.Empty(notYet);
    }

    private static TrackedOrder NewOrder(string externalId) => TrackedOrder.New(Order.Receive(
        new OrderPlacement(
            SalesChannel.Hub,
            externalId,
            Now.AddMinutes(-5),
            new OrderAmounts(Currency.Of("BRL"), 4990, 0, 0, 4990),
            [new OrderLine("SKU-1", "Camiseta", 1, 4990)],
            new Customer("Maria", "maria@example.com", "52998224725", null),
            new Address("Av. Paulista", "1000", null, "Bela Vista", "São Paulo", "SP", "01310-100", "BR"),
            new Payment(PaymentMethod.Pix, 4990, true, 1)),
        Cause.Webhook("d"),
        Now));
}
