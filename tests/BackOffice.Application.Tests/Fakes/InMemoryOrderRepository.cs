using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Fakes;

/// <summary>Stores snapshots with an ETag per write, so concurrency behaves as Cosmos does.</summary>
internal sealed class InMemoryOrderRepository : IOrderRepository
{
    private readonly Dictionary<string, (OrderSnapshot Snapshot, List<OutboxMessage> Outbox, List<string> Inbox, string ETag, DateTimeOffset? StorefrontVersion)> _orders = [];
    private int _version;

    public int Writes { get; private set; }

    /// <summary>Runs once before the next save, to simulate a concurrent writer.</summary>
    public Action? BeforeNextSave { get; set; }

    public Task<TrackedOrder?> FindAsync(OrderId orderId, CancellationToken cancellationToken) =>
        Task.FromResult(_orders.TryGetValue(orderId.Value, out var stored)
            ? new TrackedOrder(Order.Restore(stored.Snapshot), stored.ETag, stored.Outbox, stored.Inbox) { StorefrontVersion = stored.StorefrontVersion }
            : null);

    public Task<bool> TryCreateAsync(TrackedOrder order, CancellationToken cancellationToken)
    {
        if (_orders.ContainsKey(order.Order.Id.Value))
        {
            return Task.FromResult(false);
        }

        Store(order);
        return Task.FromResult(true);
    }

    public Task SaveAsync(TrackedOrder order, CancellationToken cancellationToken)
    {
        var interference = BeforeNextSave;
        BeforeNextSave = null;
        interference?.Invoke();
        if (!_orders.TryGetValue(order.Order.Id.Value, out var stored) || stored.ETag != order.ETag)
        {
            throw new OrderConcurrencyException(order.Order.Id);
        }

        Store(order);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OrderSummary>> ListByStatusAsync(OrderStatus status, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OrderSummary>>([.. _orders.Values.Where(stored => stored.Snapshot.Status == status).Take(limit)
            .Select(stored => new OrderSummary(stored.Snapshot.Id.Value, stored.Snapshot.Channel, stored.Snapshot.ExternalId, stored.Snapshot.Status,
                stored.Snapshot.Amounts.TotalCents, stored.Snapshot.Amounts.Currency.Code, stored.Snapshot.ReceivedAt, stored.Snapshot.UpdatedAt))]);

    public Task<IReadOnlyList<OrderId>> ListWithPendingOutboxAsync(DateTimeOffset unchangedSince, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OrderId>>([.. _orders.Values
            .Where(stored => stored.Outbox.Count > 0 && stored.Snapshot.UpdatedAt < unchangedSince).Take(limit).Select(stored => stored.Snapshot.Id)]);

    public void Touch(OrderId orderId)
    {
        var stored = _orders[orderId.Value];
        _orders[orderId.Value] = stored with { ETag = $"\"{++_version}\"" };
    }

    private void Store(TrackedOrder order)
    {
        Writes++;
        order.ETag = $"\"{++_version}\"";
        _orders[order.Order.Id.Value] = (order.Order.ToSnapshot() with { Timeline = [.. order.Order.Timeline] }, [.. order.Outbox], [.. order.Inbox], order.ETag, order.StorefrontVersion);
    }
}
