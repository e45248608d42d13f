using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.StoreEvents;

/// <summary>The delivery log for ops: one order's events, or the orders whose store stopped hearing.</summary>
public sealed class StoreEventQueries(IStoreEventLog store, IOrderRepository orders)
{
    /// <returns>Null when the order does not exist; an empty log for an order whose store heard nothing yet.</returns>
    public async Task<StoreEventLogView?> GetAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(orderId, cancellationToken) is null)
        {
            return null;
        }

        var log = await store.ReadAsync(orderId.Value, cancellationToken);
        return new StoreEventLogView(orderId.Value, StoreEventView.From(log));
    }

    public async Task<IReadOnlyList<StoreEventLogView>> ListFailingAsync(int limit, CancellationToken cancellationToken) =>
        [.. (await store.ListFailingAsync(limit, cancellationToken)).Select(log => new StoreEventLogView(log.OrderId, StoreEventView.From(log)))];
}
