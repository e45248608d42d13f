using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing.Outcomes;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing;

/// <summary>One message being handled for one order: the order as read when it arrived, and the way to change it.</summary>
public sealed class OrderMessageScope(OrderMessage message, TrackedOrder order, OrderUpdater updater, TimeProvider clock)
{
    // The order as stored after the last change; handed to the updater so that a change does not cost another read.
    private TrackedOrder _order = order;

    public OrderMessage Message { get; } = message;

    /// <summary>The order as last read (on arrival, then after each change): for deciding what to ask partners, not for changing.</summary>
    public Order Order => _order.Order;

    /// <summary>What caused the changes: the partner's callback for a callback's message, else the message itself.</summary>
    public Cause Cause { get; } = CauseOf(message);

    public DateTimeOffset Now => clock.GetUtcNow();

    public string? Data(string key) => Message.Data?.GetValueOrDefault(key);

    /// <summary>
    /// Applies the change to a fresh copy of the order and saves it with the message id in the inbox, in one write.
    /// A final change marks the message handled; a partial one (a step with several saves) does not.
    /// </summary>
    public async Task<bool> ApplyAsync(OrderChange change, CancellationToken cancellationToken, bool final = true)
    {
        var applied = false;
        var updated = await updater.UpdateAsync(Order.Id, tracked =>
        {
            // The updater runs the change again after a concurrent write: only the last run's answer counts.
            applied = false;
            if (tracked.HasProcessed(Message.InboxId) || !change(tracked.Order))
            {
                return false;
            }

            if (final)
            {
                tracked.MarkProcessed(Message.InboxId);
            }

            applied = true;
            return true;
        }, cancellationToken, justRead: _order);
        _order = updated;
        return applied;
    }

    // A callback's message id is "<order>:callback-<partner>:<delivery id>" (see PartnerCallbackIntake).
    private static Cause CauseOf(OrderMessage message)
    {
        var callbackPrefix = $"{message.OrderId}:callback-";
        return message.Type == OrderMessageTypes.PartnerCallbackReceived && message.InboxId.StartsWith(callbackPrefix, StringComparison.Ordinal)
            ? Domain.Orders.Cause.Callback(message.InboxId[callbackPrefix.Length..])
            : Domain.Orders.Cause.Message(message.MessageId);
    }
}
