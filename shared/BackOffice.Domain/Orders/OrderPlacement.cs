namespace BackOffice.Domain.Orders;

/// <summary>An order as a storefront placed it, normalized: the input of <see cref="Order.Receive"/>.</summary>
public sealed record OrderPlacement(
    SalesChannel Channel,
    string ExternalId,
    DateTimeOffset PlacedAt,
    OrderAmounts Amounts,
    IReadOnlyList<OrderLine> Lines,
    Customer Customer,
    Address? ShippingAddress,
    Payment Payment);
