namespace BackOffice.Domain.Orders;

/// <summary>The whole state of an order as data, for persistence adapters to store and restore.</summary>
public sealed record OrderSnapshot(
    OrderId Id,
    SalesChannel Channel,
    string ExternalId,
    OrderStatus Status,
    DateTimeOffset PlacedAt,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    OrderAmounts Amounts,
    IReadOnlyList<OrderLine> Lines,
    Customer Customer,
    Address? ShippingAddress,
    Payment Payment,
    IReadOnlyList<TimelineEntry> Timeline,
    RiskState? Risk = null,
    ChargeInfo? Charge = null,
    bool StockReserved = false,
    InvoiceInfo? Invoice = null,
    ShipmentInfo? Shipment = null,
    AttentionInfo? Attention = null,
    Compensations? PendingCompensations = null,
    CustomerDelivery? Delivery = null,
    LabelWorkClaim? LabelClaim = null);
