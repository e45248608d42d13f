using BackOffice.Domain.Orders;

namespace BackOffice.Application.Orders;

public sealed record OrderSummary(string OrderId, SalesChannel Channel, string ExternalId, OrderStatus Status, long TotalCents, string Currency, DateTimeOffset ReceivedAt, DateTimeOffset UpdatedAt);
