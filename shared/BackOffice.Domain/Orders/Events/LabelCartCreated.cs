namespace BackOffice.Domain.Orders.Events;

/// <summary>
/// The carrier's cart holds a label for this order. Recorded before paying for it, because the cart has no idempotency
/// key: a retry must find this label instead of creating a second one.
/// </summary>
public sealed record LabelCartCreated(OrderId OrderId, string LabelId, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.Invoiced, Cause, OccurredAt)
{
    public override string Name => "LabelCartCreated";

    public override string? Detail => LabelId;
}
