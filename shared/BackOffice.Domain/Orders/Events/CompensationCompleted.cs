namespace BackOffice.Domain.Orders.Events;

/// <summary>One undo step of a cancellation is done at the partner (charge voided or refunded, NF-e or label cancelled, stock released).</summary>
public sealed record CompensationCompleted(OrderId OrderId, OrderStatus Status, CompensationKind Kind, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, Status, Cause, OccurredAt)
{
    public override string Name => Kind.ToString();
}
