using BackOffice.Domain.Orders;

namespace BackOffice.Application.Stock;

/// <summary>Stock held for paid orders until they ship. Every call is idempotent per order.</summary>
public interface IStockReservations
{
    Task<StockReservationResult> ReserveAsync(string orderId, IReadOnlyList<OrderLine> lines, CancellationToken cancellationToken);

    /// <summary>Gives the order's reservation back (cancellation).</summary>
    Task ReleaseAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>The goods left the warehouse: the reservation turns into a real decrease of stock on hand.</summary>
    Task ConsumeAsync(string orderId, CancellationToken cancellationToken);
}
