using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing;

/// <summary>
/// A message of a step that stopped its order, delivered again before a person resumed it: refused, so the transport
/// keeps it in the dead-letter queue where it can be replayed, instead of acknowledging work that did not happen.
/// </summary>
public sealed class StepStoppedException(OrderId orderId, string step)
    : Exception($"Order {orderId} needs attention after {step} stopped; it runs again once the order is resumed.");
