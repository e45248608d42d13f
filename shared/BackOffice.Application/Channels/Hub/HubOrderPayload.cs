namespace BackOffice.Application.Channels.Hub;

/// <summary>The hub's own order format (schema: docs/schemas/hub-order.schema.json). Amounts are integer cents.</summary>
public sealed record HubOrderPayload(
    string? Id,
    DateTimeOffset? PlacedAt,
    string? Currency,
    HubCustomer? Customer,
    HubAddress? ShippingAddress,
    IReadOnlyList<HubItem>? Items,
    long? Shipping,
    long? Discount,
    long? Total,
    HubPayment? Payment,
    HubDelivery? Delivery = null);
