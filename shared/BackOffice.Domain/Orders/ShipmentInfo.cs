namespace BackOffice.Domain.Orders;

/// <param name="LabelLocation">Where the printed label is kept (blob).</param>
/// <param name="PurchasedAt">When the label was paid for; null while it only sits in the carrier's cart.</param>
/// <param name="CancelledAt">When the carrier confirmed the paid label cancelled (a cancelled order's refund of it).</param>
/// <param name="Service">The carrier service the label was bought for (e.g. "Correios SEDEX"), when known.</param>
/// <param name="WeightGrams">The parcel's weight as declared to the carrier, when known.</param>
public sealed record ShipmentInfo(
    string LabelId,
    string? TrackingCode,
    string? LabelLocation,
    DateTimeOffset? PostedAt = null,
    DateTimeOffset? DeliveredAt = null,
    string? FailureReason = null,
    DateTimeOffset? PurchasedAt = null,
    DateTimeOffset? CancelledAt = null,
    string? Service = null,
    int? WeightGrams = null);
