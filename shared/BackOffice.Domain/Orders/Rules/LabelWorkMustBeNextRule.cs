using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>The label can be claimed only while the order waits for it (in the cart or to be paid).</summary>
public sealed class LabelWorkMustBeNextRule(OrderWork next) : IBusinessRule
{
    public bool IsBroken() => next is not (OrderWork.AddLabelToCart or OrderWork.PurchaseLabel);

    public string Message => $"The label work can be claimed only while the order waits for its label, not for {next}.";
}
