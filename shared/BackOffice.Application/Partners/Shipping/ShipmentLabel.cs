namespace BackOffice.Application.Partners.Shipping;

public sealed record ShipmentLabel(string LabelId, string? TrackingCode, string? LabelUrl, string? Protocol);
