namespace BackOffice.Domain.Orders.Events;

/// <summary>A partner told us something about the order; the status moves only once the partner's resource is re-read.</summary>
public sealed record PartnerCallbackReceived(OrderId OrderId, OrderStatus Status, string Partner, string PartnerEvent, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, Status, Cause, OccurredAt)
{
    public override string Name => "PartnerCallbackReceived";

    public override string? Detail => $"{Partner} {PartnerEvent}";
}
