using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>Only the label the hub put in the carrier's cart for this order can be bought for it.</summary>
public sealed class LabelMustBeInCartRule(ShipmentInfo? shipment, string labelId) : IBusinessRule
{
    public bool IsBroken() => shipment?.LabelId != labelId;

    public string Message => shipment is null
        ? $"Label {labelId} cannot be bought: no label of this order is in the carrier's cart."
        : $"Label {labelId} is not this order's; its cart holds label {shipment.LabelId}.";
}
