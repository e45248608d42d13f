using BackOffice.Domain.Shipping;

namespace BackOffice.Domain.Orders.Events;

/// <summary>The carrier service the parcel goes by, with the rule that chose it (and the quoted price and days).</summary>
public sealed record CarrierServiceChosen(OrderId OrderId, ServiceQuote Service, string Reason, string? Note, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.Invoiced, Cause, OccurredAt)
{
    public const string EventName = "CarrierServiceChosen";

    public override string Name => EventName;

    public override string? Detail => Note is null ? Reason : $"{Reason}; {Note}";
}
