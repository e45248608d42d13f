using BackOffice.Domain.Orders;

namespace BackOffice.Application.Orders;

public sealed class OrderConcurrencyException(OrderId orderId)
    : Exception($"Order {orderId} was changed by someone else since it was read.")
{
    public OrderId OrderId { get; } = orderId;
}
