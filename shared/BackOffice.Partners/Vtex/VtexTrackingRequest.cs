namespace BackOffice.Partners.Vtex;

/// <summary><c>PATCH /api/oms/pvt/orders/{orderId}/invoice/{invoiceNumber}</c>: tracking added to an invoice already sent.</summary>
public sealed record VtexTrackingRequest(string TrackingNumber, string? TrackingUrl, string Courier, string DispatchedDate);
