using BackOffice.Domain.Orders;

namespace BackOffice.Application.Orders;

public sealed class OrderNotFoundException(OrderId orderId) : Exception($"Order {orderId} does not exist.")
{
    public OrderId OrderId { get; } = orderId;
}
