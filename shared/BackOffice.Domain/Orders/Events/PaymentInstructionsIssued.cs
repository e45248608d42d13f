namespace BackOffice.Domain.Orders.Events;

/// <summary>The gateway issued how the customer pays (PIX code, boleto line): the store must show them to the customer.</summary>
public sealed record PaymentInstructionsIssued(
    OrderId OrderId, OrderStatus Status, string ChargeId, ChargeInstructions Instructions, DateTimeOffset? ExpiresAt, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, Status, Cause, OccurredAt)
{
    public override string Name => "PaymentInstructionsIssued";

    public override string? Detail => ExpiresAt is { } at ? $"{ChargeId} payable until {at:O}" : ChargeId;
}
