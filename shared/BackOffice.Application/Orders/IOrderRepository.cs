using BackOffice.Domain.Orders;

namespace BackOffice.Application.Orders;

public interface IOrderRepository
{
    Task<TrackedOrder?> FindAsync(OrderId orderId, CancellationToken cancellationToken);

    /// <summary>Stores a new order; false when an order with that id already exists (nothing is changed then).</summary>
    Task<bool> TryCreateAsync(TrackedOrder order, CancellationToken cancellationToken);

    /// <summary>Replaces the stored order if it has not changed since it was read.</summary>
    /// <exception cref="OrderConcurrencyException">Someone else saved the order first.</exception>
    Task SaveAsync(TrackedOrder order, CancellationToken cancellationToken);

    /// <summary>Orders in a status, newest received first, a page at a time.</summary>
    Task<OrderPage<OrderSummary>> ListByStatusAsync(OrderStatus status, int limit, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Orders whose due time (see <c>DueWork</c>) is at or before <paramref name="now"/>, most overdue first, a page at a time.</summary>
    Task<OrderPage<OrderId>> ListDueAsync(DateTimeOffset now, int limit, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Cancelled orders with undo steps still pending at the partners, a page at a time.</summary>
    Task<OrderPage<OrderId>> ListWithPendingCompensationsAsync(int limit, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Orders whose outbox still holds messages and that have not changed since <paramref name="unchangedSince"/>.</summary>
    Task<IReadOnlyList<OrderId>> ListWithPendingOutboxAsync(DateTimeOffset unchangedSince, int limit, CancellationToken cancellationToken);
}
