using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Events;

public abstract record OrderEvent(OrderId OrderId, OrderStatus StatusAfter, Cause Cause, DateTimeOffset OccurredAt) : IDomainEvent
{
    /// <summary>The name ops read on the timeline and consumers switch on; stable once published.</summary>
    public abstract string Name { get; }

    /// <summary>What the timeline shows beside the name, when the name alone does not say enough.</summary>
    public virtual string? Detail => null;
}
