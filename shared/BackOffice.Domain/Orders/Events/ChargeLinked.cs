namespace BackOffice.Domain.Orders.Events;

/// <summary>The gateway charge behind the order is known (found by the order reference, or created by the hub).</summary>
public sealed record ChargeLinked(OrderId OrderId, OrderStatus Status, ChargeInfo Charge, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, Status, Cause, OccurredAt)
{
    public override string Name => "ChargeLinked";

    public override string? Detail => $"{Charge.ChargeId} {Charge.State}";
}
