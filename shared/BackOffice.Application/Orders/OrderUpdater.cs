using BackOffice.Application.Messaging;
using BackOffice.Application.Telemetry;
using Microsoft.Extensions.Logging;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Orders;

/// <summary>
/// Read, change, save with the ETag, retry on a concurrent write, then send the messages this change added: the one way
/// an existing order changes.
/// </summary>
/// <remarks>
/// Messages another writer left in the outbox are theirs to send (or the outbox sweep's, after its grace period):
/// sending them here too would put two copies of one step on the queue at once, and storage queues have no sessions to
/// keep the two apart before the inbox sees either.
/// </remarks>
/// <param name="logger">Optional so that tests and tools can make one bare; the app logs each status entered through it.</param>
public sealed class OrderUpdater(IOrderRepository repository, OutboxDispatcher dispatcher, ILogger<OrderUpdater>? logger = null)
{
    private const int MaxAttempts = 5;

    /// <param name="change">Applies the change; returns false when there is nothing to save (already done).</param>
    /// <param name="justRead">
    /// The order as the caller has just read it, tried first to save a read; the ETag catches it if it is stale. When the
    /// change finds nothing to do on it, the order is read again, as a stale copy may be why.
    /// </param>
    public async Task<TrackedOrder> UpdateAsync(OrderId orderId, Func<TrackedOrder, bool> change, CancellationToken cancellationToken, TrackedOrder? justRead = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = justRead ?? await repository.FindAsync(orderId, cancellationToken) ?? throw new OrderNotFoundException(orderId);
            var pending = order.Outbox.Select(message => message.MessageId).ToHashSet();
            var positionBefore = order.Order.Timeline.Count;
            if (!change(order))
            {
                if (justRead is not null)
                {
                    justRead = null;
                    attempt--;
                    continue;
                }

                return order;
            }

            justRead = null;

            order.CollectOutbox();
            try
            {
                await repository.SaveAsync(order, cancellationToken);
            }
            catch (OrderConcurrencyException) when (attempt < MaxAttempts)
            {
                continue;
            }

            OrderMetrics.RecordSaved(order.Order, positionBefore, logger);
            await dispatcher.DispatchAsync(order, [.. order.Outbox.Where(message => !pending.Contains(message.MessageId))], cancellationToken);
            return order;
        }
    }
}
