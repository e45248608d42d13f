using BackOffice.Domain.Shipping;

namespace BackOffice.Domain.Orders.Events;

/// <summary>No quoted service arrives by the date promised to the customer: the fastest was taken, and ops are told.</summary>
public sealed record DeliveryPromiseAtRisk(OrderId OrderId, ServiceQuote Service, string Reason, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.Invoiced, Cause, OccurredAt)
{
    public const string EventName = "DeliveryPromiseAtRisk";

    public override string Name => EventName;

    public override string? Detail => Reason;
}
