using BackOffice.Domain.Orders;

namespace BackOffice.Application.Partners.Risk;

/// <param name="Card">What the checkout knows of the card (bin, last digits, holder), for card payments.</param>
/// <param name="DeviceSessionId">The checkout's fingerprint session (ClearSale's sessionID), when the store uses one.</param>
public sealed record RiskAnalysisRequest(
    string OrderRef,
    DateTimeOffset PlacedAt,
    long TotalCents,
    IReadOnlyList<OrderLine> Items,
    Customer Customer,
    Address? ShippingAddress,
    PaymentMethod PaymentMethod,
    string? CustomerIp,
    int Installments = 1,
    PaymentCard? Card = null,
    string? DeviceSessionId = null);
