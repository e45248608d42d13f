namespace BackOffice.Domain.Orders.Events;

public sealed record LabelPurchased(OrderId OrderId, ShipmentInfo Shipment, Cause Cause, DateTimeOffset OccurredAt)
    : OrderEvent(OrderId, OrderStatus.ReadyToShip, Cause, OccurredAt)
{
    public override string Name => "LabelPurchased";

    public override string? Detail => Shipment.TrackingCode;
}
