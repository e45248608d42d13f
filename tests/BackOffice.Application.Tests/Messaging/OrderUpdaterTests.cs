using BackOffice.Application.Orders;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Messaging;

public sealed class OrderUpdaterTests
{
    private readonly Hub _hub = new();

    [Fact]
    public async Task UpdateAsync_WhenAnotherWriterLeftAMessageInTheOutbox_SendsOnlyTheMessageOfThisChange()
    {
        var order = await _hub.StoreOrderWithUnsentMessageAsync();
        var leftBehind = Assert.Single(order.Outbox);

        var updated = await new OrderUpdater(_hub.Orders, _hub.Dispatcher).UpdateAsync(order.Order.Id, tracked =>
        {
            tracked.Order.ApproveRisk("APA", Cause.Timer("test"), _hub.Clock.GetUtcNow());
            return true;
        }, CancellationToken.None);

        var sent = Assert.Single(_hub.Publisher.Sent);
        Assert.NotEqual(leftBehind.MessageId, sent.MessageId);
        Assert.Equal(leftBehind.MessageId, Assert.Single(updated.Outbox).MessageId);
    }

    [Fact]
    public async Task UpdateAsync_WhenTheChangeHasNothingToDo_SendsNothing()
    {
        var order = await _hub.StoreOrderWithUnsentMessageAsync();

        await new OrderUpdater(_hub.Orders, _hub.Dispatcher).UpdateAsync(order.Order.Id, _ => false, CancellationToken.None);

        Assert.Empty(_hub.Publisher.Sent);
    }
}
