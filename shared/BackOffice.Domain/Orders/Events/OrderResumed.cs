namespace BackOffice.Domain.Orders.Events;

/// <summary>A person fixed what stopped the order; the stuck step runs again.</summary>
public sealed record OrderResumed(OrderId OrderId, OrderStatus ResumedTo, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, ResumedTo, Cause, OccurredAt)
{
    public override string Name => "OrderResumed";
}
