using BackOffice.Domain.Orders;

namespace BackOffice.Application.Ops;

/// <summary>The order as ops see it. Personal data is masked: ops follow orders, they do not need the customer's identity.</summary>
/// <param name="PendingMessages">Messages the order made that are not on the queue yet (its outbox).</param>
/// <param name="HandledMessages">
/// The ids of the latest messages the order handled with a change (its inbox, oldest first, at most 100): what a person
/// or a test waits on to know that a step, a callback or a storefront notice has run.
/// </param>
/// <param name="SentMessages">
/// The ids of the latest messages the order put on the queue (oldest first, at most 100). Once
/// <paramref name="PendingMessages"/> is 0, every message the order's changes made is listed: what a test checks to
/// know a change did NOT make a message (no storefront notice for a cancellation the storefront sent, say).
/// </param>
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
    IReadOnlyList<string> HandledMessages,
    IReadOnlyList<string> SentMessages,
    RiskState Risk,
    ChargeInfo? Charge,
    bool StockReserved,
    InvoiceInfo? Invoice,
    ShipmentInfo? Shipment,
    AttentionInfo? Attention,
    Compensations PendingCompensations);
