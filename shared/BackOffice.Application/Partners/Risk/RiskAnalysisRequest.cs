using BackOffice.Domain.Orders;

namespace BackOffice.Application.Partners.Risk;

public sealed record RiskAnalysisRequest(
    string OrderRef,
    DateTimeOffset PlacedAt,
    long TotalCents,
    IReadOnlyList<OrderLine> Items,
    Customer Customer,
    Address? ShippingAddress,
    PaymentMethod PaymentMethod,
    string? CustomerIp);
