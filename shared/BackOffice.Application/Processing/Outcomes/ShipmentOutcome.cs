using BackOffice.Application.Partners.Shipping;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Outcomes;

/// <summary>
/// What the carrier's tracking means for the order. Carrier events arrive late, twice or out of order, so a delivery
/// seen before the posting ships the order first, and an event for a state already passed changes nothing.
/// </summary>
public static class ShipmentOutcome
{
    public static OrderChange Of(ShipmentTracking tracking, Cause cause, DateTimeOffset now) => order =>
    {
        if (order.Shipment?.LabelId != tracking.LabelId)
        {
            return false;
        }

        var changed = false;
        if (order.NextWork == OrderWork.Pickup && tracking.State is ShipmentState.Posted or ShipmentState.InTransit or ShipmentState.Delivered or ShipmentState.Undelivered)
        {
            order.Ship(tracking.TrackingCode, tracking.PostedAt ?? now, cause, now);
            changed = true;
        }

        switch (tracking.State)
        {
            case ShipmentState.Delivered when order.NextWork == OrderWork.Delivery:
                order.Deliver(tracking.DeliveredAt ?? now, cause, now);
                return true;
            case ShipmentState.Undelivered when order.Status == OrderStatus.Shipped:
                order.FailDelivery("The carrier could not deliver.", cause, now);
                return true;
            default:
                return changed;
        }
    };
}
