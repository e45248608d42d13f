namespace BackOffice.Domain.Orders;

/// <param name="LabelLocation">Where the printed label is kept (blob).</param>
/// <param name="PurchasedAt">When the label was paid for; null while it only sits in the carrier's cart.</param>
/// <param name="CancelledAt">When the carrier confirmed the paid label cancelled (a cancelled order's refund of it).</param>
public sealed record ShipmentInfo(
    string LabelId,
    string? TrackingCode,
    string? LabelLocation,
    DateTimeOffset? PostedAt = null,
    DateTimeOffset? DeliveredAt = null,
    string? FailureReason = null,
    DateTimeOffset? PurchasedAt = null,
    DateTimeOffset? CancelledAt = null);
