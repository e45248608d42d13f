using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Ops;

public sealed class OrderQueries(IOrderRepository repository)
{
    public const int MaxListSize = 500;

    public async Task<OrderView?> GetAsync(OrderId orderId, CancellationToken cancellationToken) =>
        await repository.FindAsync(orderId, cancellationToken) is { } order ? OrderViews.From(order) : null;

    /// <summary>Orders in a status, newest first; the page's continuation token asks for the next page.</summary>
    public Task<OrderPage<OrderSummary>> ListAsync(OrderStatus status, int limit, string? continuationToken, CancellationToken cancellationToken) =>
        repository.ListByStatusAsync(status, Math.Clamp(limit, 1, MaxListSize), continuationToken, cancellationToken);
}
