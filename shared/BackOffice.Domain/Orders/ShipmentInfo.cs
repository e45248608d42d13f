namespace BackOffice.Domain.Orders;

/// <param name="LabelLocation">Where the printed label is kept (blob).</param>
public sealed record ShipmentInfo(
    string LabelId,
    string? TrackingCode,
    string? LabelLocation,
    DateTimeOffset? PostedAt = null,
    DateTimeOffset? DeliveredAt = null,
    string? FailureReason = null);
