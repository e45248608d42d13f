using BackOffice.Application.Messaging;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Orders;

/// <summary>
/// Read, change, save with the ETag, retry on a concurrent write, then send the outbox: the one way an existing order changes.
/// </summary>
public sealed class OrderUpdater(IOrderRepository repository, OutboxDispatcher dispatcher)
{
    private const int MaxAttempts = 5;

    /// <param name="change">Applies the change; returns false when there is nothing to save (already done).</param>
    public async Task<TrackedOrder> UpdateAsync(OrderId orderId, Func<TrackedOrder, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = await repository.FindAsync(orderId, cancellationToken) ?? throw new OrderNotFoundException(orderId);
            if (!change(order))
            {
                await dispatcher.DispatchAsync(order, cancellationToken);
                return order;
            }

            order.CollectOutbox();
            try
            {
                await repository.SaveAsync(order, cancellationToken);
            }
            catch (OrderConcurrencyException) when (attempt < MaxAttempts)
            {
                continue;
            }

            await dispatcher.DispatchAsync(order, cancellationToken);
            return order;
        }
    }
}
