using BackOffice.Application.Messaging;
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
        var leftBehind = Assert.Single(order.Outbox, message => message.Type != OrderMessageTypes.NotifyStore);

        var updated = await new OrderUpdater(_hub.Orders, _hub.Dispatcher).UpdateAsync(order.Order.Id, tracked =>
        {
            tracked.Order.ApproveRisk("APA", Cause.Timer("test"), _hub.Clock.GetUtcNow());
            return true;
        }, CancellationToken.None);

        var sent = Assert.Single(_hub.Publisher.Steps);
        Assert.NotEqual(leftBehind.MessageId, sent.MessageId);
        Assert.Equal(leftBehind.MessageId, Assert.Single(updated.Outbox, message => message.Type != OrderMessageTypes.NotifyStore).MessageId);
    }

    [Fact]
    public async Task UpdateAsync_WhenTheChangeHasNothingToDo_SendsNothing()
    {
        var order = await _hub.StoreOrderWithUnsentMessageAsync();

        await new OrderUpdater(_hub.Orders, _hub.Dispatcher).UpdateAsync(order.Order.Id, _ => false, CancellationToken.None);

        Assert.Empty(_hub.Publisher.Sent);
    }

    [Fact]
    public async Task UpdateAsync_WhenTheOrderJustReadIsStale_ReadsAgainAndChangesTheStoredOrder()
    {
        var stale = await _hub.StoreOrderWithUnsentMessageAsync();
        var other = (await _hub.Orders.FindAsync(stale.Order.Id, CancellationToken.None))!;
        other.Order.ApproveRisk("APA", Cause.Timer("other"), _hub.Clock.GetUtcNow());
        other.CollectOutbox();
        await _hub.Orders.SaveAsync(other, CancellationToken.None);

        var updated = await new OrderUpdater(_hub.Orders, _hub.Dispatcher).UpdateAsync(stale.Order.Id, tracked =>
        {
            if (tracked.Order.Status != OrderStatus.AwaitingPayment)
            {
                return false;
            }

            tracked.Order.RequireAttention("checked by a person", Cause.Person("ana@ops"), _hub.Clock.GetUtcNow());
            return true;
        }, CancellationToken.None, justRead: stale);

        var stored = (await _hub.Orders.FindAsync(stale.Order.Id, CancellationToken.None))!.Order;
        Assert.Equal(OrderStatus.NeedsAttention, stored.Status);
        Assert.Equal(["RiskApproved", "AttentionRequired"], stored.Timeline.TakeLast(2).Select(entry => entry.Event));
        Assert.Equal(OrderStatus.NeedsAttention, updated.Order.Status);
    }
}
