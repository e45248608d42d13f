using BackOffice.Domain.Orders;

namespace BackOffice.Application.StoreEvents;

/// <summary>The log kept changing under us: the message fails and its retry finds a calmer log.</summary>
public sealed class StoreEventLogContendedException(OrderId orderId, int attempts)
    : Exception($"The store event log of order {orderId} changed under {attempts} consecutive saves.");
