namespace BackOffice.Domain.Orders.Events;

public sealed record PaymentApproved(OrderId OrderId, string ChargeId, long PaidCents, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.PaymentApproved, Cause, OccurredAt)
{
    public override string Name => "PaymentApproved";

    public override string? Detail => $"{ChargeId} {PaidCents} cents";
}
