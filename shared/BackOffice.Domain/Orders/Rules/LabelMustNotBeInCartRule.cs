using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class LabelMustNotBeInCartRule(ShipmentInfo? shipment) : IBusinessRule
{
    public bool IsBroken() => shipment is not null;

    public string Message => $"Label {shipment?.LabelId} is already in the carrier's cart for this order.";
}
