using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BackOffice.Application.Tests.Messaging;

public sealed class OutboxDispatcherTests
{
    private static readonly OrderId OrderId = OrderId.For(SalesChannel.Hub, "1001");

    private readonly Hub _hub = new();
    private readonly Mock<IOrderRepository> _repository = new();

    [Fact]
    public async Task DispatchAsync_WhenTheMessagesAreSent_ListsThemAsSentInTheSaveThatEmptiesTheOutbox()
    {
        var order = await _hub.StoreOrderWithUnsentMessageAsync();
        var ids = order.Outbox.Select(message => message.MessageId).ToList();

        await new OutboxDispatcher(_hub.Publisher, _hub.Orders, NullLogger<OutboxDispatcher>.Instance).DispatchAsync(order, CancellationToken.None);

        var stored = (await _hub.Orders.FindAsync(OrderId, CancellationToken.None))!;
        Assert.Empty(stored.Outbox);
        Assert.Equal(ids, stored.Sent.TakeLast(ids.Count));
    }

    [Fact]
    public async Task RemoveFromOutbox_WhenMoreThanTheWindowWasSent_KeepsTheLatestHundred()
    {
        var order = new TrackedOrder(
            (await _hub.StoreOrderWithUnsentMessageAsync()).Order, null,
            [.. Enumerable.Range(0, 130).Select(n => new OutboxMessage($"m-{n}", OrderMessageTypes.ContinueOrder, OrderId.Value, DateTimeOffset.UnixEpoch))], []);

        order.RemoveFromOutbox([.. order.Outbox.Select(message => message.MessageId)]);

        Assert.Equal([.. Enumerable.Range(30, 100).Select(n => $"m-{n}")], order.Sent);
    }

    [Fact]
    public async Task DispatchAsync_WhenEveryCleanUpSaveIsContended_SendsOnceAndLeavesTheRestToTheSweep()
    {
        var order = await _hub.StoreOrderWithUnsentMessageAsync();
        _repository.Setup(repository => repository.FindAsync(OrderId, It.IsAny<CancellationToken>())).Returns(() => _hub.Orders.FindAsync(OrderId, CancellationToken.None));
        _repository.Setup(repository => repository.SaveAsync(It.IsAny<TrackedOrder>(), It.IsAny<CancellationToken>())).ThrowsAsync(new OrderConcurrencyException(OrderId));

        await Dispatcher().DispatchAsync(order, CancellationToken.None);

        Assert.Single(_hub.Publisher.Steps);
        _repository.Verify(repository => repository.SaveAsync(It.IsAny<TrackedOrder>(), It.IsAny<CancellationToken>()), Times.Exactly(5));
        Assert.Single((await _hub.Orders.FindAsync(OrderId, CancellationToken.None))!.Outbox, message => message.Type != OrderMessageTypes.NotifyStore);
    }

    [Fact]
    public async Task DispatchAsync_WhenAConcurrentWriterAlreadyRemovedTheSentMessages_StopsWithoutSavingAgain()
    {
        var order = await _hub.StoreOrderWithUnsentMessageAsync();
        var cleaned = await _hub.Orders.FindAsync(OrderId, CancellationToken.None);
        cleaned!.RemoveFromOutbox([.. cleaned.Outbox.Select(message => message.MessageId)]);
        _repository.Setup(repository => repository.FindAsync(OrderId, It.IsAny<CancellationToken>())).ReturnsAsync(cleaned);
        _repository.Setup(repository => repository.SaveAsync(It.IsAny<TrackedOrder>(), It.IsAny<CancellationToken>())).ThrowsAsync(new OrderConcurrencyException(OrderId));

        await Dispatcher().DispatchAsync(order, CancellationToken.None);

        Assert.Single(_hub.Publisher.Steps);
        Assert.Empty(order.Outbox);
        _repository.Verify(repository => repository.SaveAsync(It.IsAny<TrackedOrder>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private OutboxDispatcher Dispatcher() => new(_hub.Publisher, _repository.Object, NullLogger<OutboxDispatcher>.Instance);
}
