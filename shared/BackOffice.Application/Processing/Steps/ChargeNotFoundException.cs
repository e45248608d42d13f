using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Steps;

/// <summary>The gateway has no charge for the order yet: retried, since its search may lag the checkout that made one.</summary>
public sealed class ChargeNotFoundException(OrderId orderId)
    : Exception($"The gateway has no charge for order {orderId} (yet); the void is tried again later.");
