using BackOffice.Domain.Orders;

namespace BackOffice.Application.Partners.Payments;

/// <param name="PayableFrom">
/// When the order started waiting for this payment. With <paramref name="ExpiresAt"/> it fixes the PIX window and the
/// boleto due date from the order itself, so a retried creation sends the same body under the same idempotency key.
/// </param>
/// <param name="ExpiresAt">When an unpaid PIX or boleto expires.</param>
/// <param name="Card">The checkout's card token or saved card id: a card charge is never created without one.</param>
public sealed record ChargeRequest(
    string OrderRef,
    PaymentMethod Method,
    long AmountCents,
    IReadOnlyList<OrderLine> Items,
    Customer Customer,
    Address? BillingAddress,
    int Installments,
    DateTimeOffset PayableFrom,
    DateTimeOffset? ExpiresAt,
    PaymentCard? Card = null);
