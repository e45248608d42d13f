using BackOffice.Application.Shipping;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Partners.Shipping;

/// <param name="OrderRef">Tagged on the shipment so callbacks and ops can find the order.</param>
/// <param name="InvoiceKey">The NF-e key the carrier needs to accept the package.</param>
/// <param name="ServiceId">The carrier service chosen for this parcel.</param>
public sealed record ShipmentRequest(
    string OrderRef,
    Customer Recipient,
    Address Destination,
    IReadOnlyList<OrderLine> Items,
    string InvoiceKey,
    Parcel Parcel,
    int ServiceId);
