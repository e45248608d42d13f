namespace BackOffice.Application.Partners.Shipping;

public enum ShipmentState
{
    Pending,
    Released,
    Posted,
    InTransit,
    Delivered,
    Undelivered,
    Cancelled,
}
