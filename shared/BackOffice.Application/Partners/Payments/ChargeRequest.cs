using BackOffice.Domain.Orders;

namespace BackOffice.Application.Partners.Payments;

/// <param name="ExpiresAt">When an unpaid PIX or boleto expires.</param>
public sealed record ChargeRequest(
    string OrderRef,
    PaymentMethod Method,
    long AmountCents,
    IReadOnlyList<OrderLine> Items,
    Customer Customer,
    Address? BillingAddress,
    int Installments,
    DateTimeOffset? ExpiresAt);
