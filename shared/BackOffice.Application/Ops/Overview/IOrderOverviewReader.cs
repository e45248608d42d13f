using BackOffice.Domain.Orders;

namespace BackOffice.Application.Ops.Overview;

/// <summary>Cross-order reads for the ops page (never on an order's hot path).</summary>
public interface IOrderOverviewReader
{
    Task<long> CountAsync(OrderStatus status, CancellationToken cancellationToken);

    /// <summary>Orders in <paramref name="status"/> unchanged since before <paramref name="unchangedSince"/>, oldest first.</summary>
    Task<IReadOnlyList<OrderAtRest>> ListUnchangedSinceAsync(OrderStatus status, DateTimeOffset unchangedSince, int limit, CancellationToken cancellationToken);
}
