using BackOffice.Domain.Orders;

namespace BackOffice.Application.Ops;

/// <summary>The order as ops see it. Personal data is masked: ops follow orders, they do not need the customer's identity.</summary>
public sealed record OrderView(
    string OrderId,
    string Channel,
    string ExternalId,
    string Status,
    DateTimeOffset PlacedAt,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    OrderTotalsView Totals,
    IReadOnlyList<OrderItemView> Items,
    OrderCustomerView Customer,
    string PaymentMethod,
    IReadOnlyList<TimelineEntryView> Timeline,
    int PendingMessages,
    RiskState Risk,
    ChargeInfo? Charge,
    bool StockReserved,
    InvoiceInfo? Invoice,
    ShipmentInfo? Shipment,
    AttentionInfo? Attention,
    Compensations PendingCompensations);
