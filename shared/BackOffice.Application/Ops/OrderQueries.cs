using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Ops;

public sealed class OrderQueries(IOrderRepository repository)
{
    public const int MaxListSize = 500;

    public async Task<OrderView?> GetAsync(OrderId orderId, CancellationToken cancellationToken) =>
        await repository.FindAsync(orderId, cancellationToken) is { } order ? OrderViews.From(order) : null;

    public Task<IReadOnlyList<OrderSummary>> ListAsync(OrderStatus status, int limit, CancellationToken cancellationToken) =>
        repository.ListByStatusAsync(status, Math.Clamp(limit, 1, MaxListSize), cancellationToken);
}
