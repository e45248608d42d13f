using System.Text.Json.Serialization;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Cosmos;

internal sealed record OrderSummaryDocument(
    [property: JsonPropertyName("id")] string Id,
    SalesChannel Channel,
    string ExternalId,
    OrderStatus Status,
    OrderAmounts Amounts,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt);
