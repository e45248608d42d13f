namespace BackOffice.Domain.Orders;

/// <summary>An order as a storefront placed it, normalized: the input of <see cref="Order.Receive"/>.</summary>
/// <param name="Delivery">The customer's shipping choice and promised date, when the storefront says them.</param>
public sealed record OrderPlacement(
    SalesChannel Channel,
    string ExternalId,
    DateTimeOffset PlacedAt,
    OrderAmounts Amounts,
    IReadOnlyList<OrderLine> Lines,
    Customer Customer,
    Address? ShippingAddress,
    Payment Payment,
    CustomerDelivery? Delivery = null);
