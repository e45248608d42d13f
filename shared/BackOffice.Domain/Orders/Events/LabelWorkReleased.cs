namespace BackOffice.Domain.Orders.Events;

/// <summary>The run holding the label work failed and let go, so that its retry (or another run) need not wait for the claim to lapse.</summary>
public sealed record LabelWorkReleased(OrderId OrderId, OrderStatus Status, string Claimant, string Reason, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, Status, Cause, OccurredAt)
{
    public const string EventName = "LabelWorkReleased";

    public override string Name => EventName;

    public override string? Detail => $"run {Claimant}: {Reason}";
}
