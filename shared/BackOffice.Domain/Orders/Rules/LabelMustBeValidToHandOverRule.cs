using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>Only a parcel under a bought, uncancelled label of an order still going out can be handed to the carrier.</summary>
public sealed class LabelMustBeValidToHandOverRule(ShipmentInfo? shipment, OrderStatus status) : IBusinessRule
{
    public bool IsBroken() => shipment?.PurchasedAt is null || shipment.CancelledAt is not null || status == OrderStatus.Cancelled;

    public string Message => status == OrderStatus.Cancelled
        ? "The order is cancelled; its parcel must not go to the carrier."
        : "The order has no valid bought label; its parcel cannot go to the carrier.";
}
