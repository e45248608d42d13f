namespace BackOffice.Domain.Orders.Events;

public sealed record AttentionRequired(OrderId OrderId, string Reason, OrderStatus ResumeTo, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.NeedsAttention, Cause, OccurredAt)
{
    public override string Name => "AttentionRequired";

    public override string? Detail => Reason;
}
