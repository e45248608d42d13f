using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Fakes;

/// <summary>Stores snapshots with an ETag per write, so concurrency behaves as Cosmos does; keeps the due time as Cosmos does.</summary>
internal sealed class InMemoryOrderRepository(DueWork? dueWork = null) : IOrderRepository
{
    private readonly DueWork _dueWork = dueWork ?? new DueWork(LifecycleSettings.Default);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Stored> _orders = [];
    private int _version;

    public int Writes { get; private set; }

    /// <summary>Runs once before the next save, to simulate a concurrent writer.</summary>
    public Action? BeforeNextSave { get; set; }

    public Task<TrackedOrder?> FindAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_orders.TryGetValue(orderId.Value, out var stored)
                ? new TrackedOrder(Order.Restore(stored.Snapshot), stored.ETag, stored.Outbox, stored.Inbox, stored.Sent)
                {
                    StorefrontVersion = stored.StorefrontVersion, CheckedAt = stored.CheckedAt, FollowUps = stored.FollowUps,
                }
                : null);
        }
    }

    public Task<bool> TryCreateAsync(TrackedOrder order, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_orders.ContainsKey(order.Order.Id.Value))
            {
                return Task.FromResult(false);
            }

            Store(order);
            return Task.FromResult(true);
        }
    }

    public Task SaveAsync(TrackedOrder order, CancellationToken cancellationToken)
    {
        var interference = BeforeNextSave;
        BeforeNextSave = null;
        interference?.Invoke();
        lock (_gate)
        {
            if (!_orders.TryGetValue(order.Order.Id.Value, out var stored) || stored.ETag != order.ETag)
            {
                throw new OrderConcurrencyException(order.Order.Id);
            }

            Store(order);
            return Task.CompletedTask;
        }
    }

    public Task<OrderPage<OrderSummary>> ListByStatusAsync(OrderStatus status, int limit, string? continuationToken, CancellationToken cancellationToken) =>
        Page(
            stored => stored.Snapshot.Status == status,
            stored => -stored.Snapshot.ReceivedAt.ToUnixTimeMilliseconds(),
            stored => new OrderSummary(stored.Snapshot.Id.Value, stored.Snapshot.Channel, stored.Snapshot.ExternalId, stored.Snapshot.Status,
                stored.Snapshot.Amounts.TotalCents, stored.Snapshot.Amounts.Currency.Code, stored.Snapshot.ReceivedAt, stored.Snapshot.UpdatedAt),
            limit,
            continuationToken);

    public Task<OrderPage<OrderId>> ListDueAsync(DateTimeOffset now, int limit, string? continuationToken, CancellationToken cancellationToken) =>
        Page(stored => stored.DueAt <= now, stored => stored.DueAt!.Value.ToUnixTimeMilliseconds(), stored => stored.Snapshot.Id, limit, continuationToken);

    public Task<OrderPage<OrderId>> ListWithPendingCompensationsAsync(int limit, string? continuationToken, CancellationToken cancellationToken) =>
        Page(stored => stored.Snapshot.PendingCompensations?.Any == true, stored => stored.Snapshot.UpdatedAt.ToUnixTimeMilliseconds(), stored => stored.Snapshot.Id, limit, continuationToken);

    public Task<IReadOnlyList<OrderId>> ListWithPendingOutboxAsync(DateTimeOffset unchangedSince, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<OrderId>>([.. _orders.Values
                .Where(stored => stored.Outbox.Count > 0 && stored.Snapshot.UpdatedAt < unchangedSince).Take(limit).Select(stored => stored.Snapshot.Id)]);
        }
    }

    public void Touch(OrderId orderId)
    {
        lock (_gate)
        {
            _orders[orderId.Value] = _orders[orderId.Value] with { ETag = $"\"{++_version}\"" };
        }
    }

    // Keyset paging, as Cosmos resumes an ORDER BY query after the last value it returned: orders the caller changes while
    // paging (a sweep moves their due time) neither shift the next page nor come back in it.
    private Task<OrderPage<T>> Page<T>(Func<Stored, bool> filter, Func<Stored, long> order, Func<Stored, T> select, int limit, string? continuationToken)
    {
        lock (_gate)
        {
            var after = continuationToken?.Split('|') is [var key, var id] ? (long.Parse(key, System.Globalization.CultureInfo.InvariantCulture), id) : ((long, string)?)null;
            var page = _orders.Values.Where(filter)
                .Select(stored => (Key: order(stored), Id: stored.Snapshot.Id.Value, Stored: stored))
                .Where(entry => after is not { } last || entry.Key > last.Item1 || entry.Key == last.Item1 && string.CompareOrdinal(entry.Id, last.Item2) > 0)
                .OrderBy(entry => entry.Key).ThenBy(entry => entry.Id, StringComparer.Ordinal)
                .Take(limit + 1)
                .ToList();
            var items = page.Take(limit).ToList();
            var next = page.Count > limit ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{items[^1].Key}|{items[^1].Id}") : null;
            return Task.FromResult(new OrderPage<T>([.. items.Select(entry => select(entry.Stored))], next));
        }
    }

    private void Store(TrackedOrder order)
    {
        Writes++;
        order.ETag = $"\"{++_version}\"";
        _orders[order.Order.Id.Value] = new Stored(
            order.Order.ToSnapshot() with { Timeline = [.. order.Order.Timeline] }, [.. order.Outbox], [.. order.Inbox], order.ETag, order.StorefrontVersion,
            order.CheckedAt, order.FollowUps, _dueWork.DueAt(order.Order, order.CheckedAt, order.FollowUps), [.. order.Sent]);
    }

    private sealed record Stored(
        OrderSnapshot Snapshot, List<OutboxMessage> Outbox, List<string> Inbox, string ETag, DateTimeOffset? StorefrontVersion, DateTimeOffset? CheckedAt, int FollowUps, DateTimeOffset? DueAt, List<string> Sent);
}
