namespace BackOffice.Application.Partners.Shipping;

public sealed record ShipmentTracking(string LabelId, ShipmentState State, string? TrackingCode, string? TrackingUrl, DateTimeOffset? PostedAt, DateTimeOffset? DeliveredAt);
