using BackOffice.Domain.Orders;

namespace BackOffice.Application.Partners.Payments;

/// <param name="Instructions">How the customer pays a PIX or boleto charge; null for cards.</param>
public sealed record GatewayCharge(
    string GatewayOrderId,
    string ChargeId,
    string OrderRef,
    PaymentMethod Method,
    ChargeStatus Status,
    long AmountCents,
    long PaidCents,
    PaymentInstructions? Instructions,
    DateTimeOffset? ExpiresAt);
