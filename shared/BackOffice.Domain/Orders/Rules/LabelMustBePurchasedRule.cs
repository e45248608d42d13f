using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>A parcel ships under a label bought for the order: shipping never makes one up.</summary>
public sealed class LabelMustBePurchasedRule(ShipmentInfo? shipment) : IBusinessRule
{
    public bool IsBroken() => shipment is null;

    public string Message => "The order has no label bought; it cannot ship.";
}
