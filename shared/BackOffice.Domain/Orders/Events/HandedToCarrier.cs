namespace BackOffice.Domain.Orders.Events;

/// <summary>The warehouse handed the parcel to the carrier in an expedition batch; the carrier's "posted" event ships it.</summary>
public sealed record HandedToCarrier(OrderId OrderId, OrderStatus Status, string BatchId, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, Status, Cause, OccurredAt)
{
    public const string EventName = "HandedToCarrier";

    public override string Name => EventName;

    public override string? Detail => $"batch {BatchId}";
}
