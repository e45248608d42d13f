using System.Text.Json.Serialization;
using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Cosmos;

/// <summary>
/// One order, its outbox and its inbox in one Cosmos document (partition key <c>/id</c>). <see cref="StorefrontVersion"/>
/// is absent from documents written before storefronts came, which reads as null; so is <see cref="Delivery"/>
/// before the customer's shipping choice was kept, <see cref="LabelClaim"/> before the label step claimed its work, and
/// <see cref="Sent"/> before the sent message ids were kept. <see cref="DueAtUnixMs"/>,
/// <see cref="CompensationsPending"/> and <see cref="OutboxPending"/> are written for the sweeps' queries only.
/// </summary>
internal sealed record OrderDocument(
    [property: JsonPropertyName("id")] string Id,
    int SchemaVersion,
    SalesChannel Channel,
    string ExternalId,
    OrderStatus Status,
    DateTimeOffset PlacedAt,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    long UpdatedAtUnixMs,
    OrderAmounts Amounts,
    IReadOnlyList<OrderLine> Lines,
    Customer Customer,
    Address? ShippingAddress,
    Payment Payment,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<OutboxMessage> Outbox,
    bool OutboxPending,
    IReadOnlyList<string> Inbox,
    RiskState? Risk,
    ChargeInfo? Charge,
    bool StockReserved,
    InvoiceInfo? Invoice,
    ShipmentInfo? Shipment,
    AttentionInfo? Attention,
    Compensations? PendingCompensations,
    DateTimeOffset? StorefrontVersion,
    DateTimeOffset? CheckedAt,
    long? DueAtUnixMs,
    bool CompensationsPending,
    [property: JsonPropertyName("_etag"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] string? ETag = null,
    CustomerDelivery? Delivery = null,
    LabelWorkClaim? LabelClaim = null,
    IReadOnlyList<string>? Sent = null,
    int FollowUps = 0)
{
    public const int CurrentSchemaVersion = 1;

    /// <param name="dueWork">Decides the due time kept on the document, for the due-work sweep to query.</param>
    public static OrderDocument From(TrackedOrder tracked, DueWork dueWork)
    {
        var order = tracked.Order.ToSnapshot();
        return new OrderDocument(
            order.Id.Value,
            CurrentSchemaVersion,
            order.Channel,
            order.ExternalId,
            order.Status,
            order.PlacedAt,
            order.ReceivedAt,
            order.UpdatedAt,
            order.UpdatedAt.ToUnixTimeMilliseconds(),
            order.Amounts,
            order.Lines,
            order.Customer,
            order.ShippingAddress,
            order.Payment,
            order.Timeline,
            tracked.Outbox,
            tracked.Outbox.Count > 0,
            tracked.Inbox,
            order.Risk,
            order.Charge,
            order.StockReserved,
            order.Invoice,
            order.Shipment,
            order.Attention,
            order.PendingCompensations,
            tracked.StorefrontVersion,
            tracked.CheckedAt,
            dueWork.DueAt(tracked.Order, tracked.CheckedAt, tracked.FollowUps)?.ToUnixTimeMilliseconds(),
            order.PendingCompensations?.Any ?? false,
            Delivery: order.Delivery,
            LabelClaim: order.LabelClaim,
            Sent: tracked.Sent,
            FollowUps: tracked.FollowUps);
    }

    public TrackedOrder ToTrackedOrder(string? etag)
    {
        var orderId = OrderId.TryParse(Id, out var parsed) ? parsed! : throw new InvalidDataException($"Stored order id '{Id}' is invalid.");
        var order = Order.Restore(new OrderSnapshot(
            orderId, Channel, ExternalId, Status, PlacedAt, ReceivedAt, UpdatedAt, Amounts, Lines, Customer, ShippingAddress, Payment, Timeline,
            Risk, Charge, StockReserved, Invoice, Shipment, Attention, PendingCompensations, Delivery, LabelClaim));
        return new TrackedOrder(order, etag ?? ETag, Outbox, Inbox, Sent) { StorefrontVersion = StorefrontVersion, CheckedAt = CheckedAt, FollowUps = FollowUps };
    }
}
