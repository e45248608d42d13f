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
    public async Task DispatchAsync_WhenEveryCleanUpSaveIsContended_SendsOnceAndLeavesTheRestToTheSweep()
    {
        var order = await OrderWithAMessageToSendAsync();
        _repository.Setup(repository => repository.FindAsync(OrderId, It.IsAny<CancellationToken>())).Returns(() => _hub.Orders.FindAsync(OrderId, CancellationToken.None));
        _repository.Setup(repository => repository.SaveAsync(It.IsAny<TrackedOrder>(), It.IsAny<CancellationToken>())).ThrowsAsync(new OrderConcurrencyException(OrderId));

        await Dispatcher().DispatchAsync(order, CancellationToken.None);

        Assert.Single(_hub.Publisher.Sent);
        _repository.Verify(repository => repository.SaveAsync(It.IsAny<TrackedOrder>(), It.IsAny<CancellationToken>()), Times.Exactly(5));
        Assert.Single((await _hub.Orders.FindAsync(OrderId, CancellationToken.None))!.Outbox);
    }

    [Fact]
    public async Task DispatchAsync_WhenAConcurrentWriterAlreadyRemovedTheSentMessages_StopsWithoutSavingAgain()
    {
        var order = await OrderWithAMessageToSendAsync();
        var cleaned = await _hub.Orders.FindAsync(OrderId, CancellationToken.None);
        cleaned!.RemoveFromOutbox([.. cleaned.Outbox.Select(message => message.MessageId)]);
        _repository.Setup(repository => repository.FindAsync(OrderId, It.IsAny<CancellationToken>())).ReturnsAsync(cleaned);
        _repository.Setup(repository => repository.SaveAsync(It.IsAny<TrackedOrder>(), It.IsAny<CancellationToken>())).ThrowsAsync(new OrderConcurrencyException(OrderId));

        await Dispatcher().DispatchAsync(order, CancellationToken.None);

        Assert.Single(_hub.Publisher.Sent);
        Assert.Empty(order.Outbox);
        _repository.Verify(repository => repository.SaveAsync(It.IsAny<TrackedOrder>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private OutboxDispatcher Dispatcher() => new(_hub.Publisher, _repository.Object, NullLogger<OutboxDispatcher>.Instance);

    /// <summary>A stored order whose outbox holds the message of a state change that has not been sent yet.</summary>
    private async Task<TrackedOrder> OrderWithAMessageToSendAsync()
    {
        await _hub.PostSignedAsync(Hub.OrderJson());
        var stored = (await _hub.Orders.FindAsync(OrderId, CancellationToken.None))!;
        stored.Order.StartRiskAnalysis(Cause.Timer("test"), _hub.Clock.GetUtcNow());
        stored.CollectOutbox();
        await _hub.Orders.SaveAsync(stored, CancellationToken.None);
        _hub.Publisher.Sent.Clear();
        return (await _hub.Orders.FindAsync(OrderId, CancellationToken.None))!;
    }
}
