using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class OrderMustHaveItemsRule(IReadOnlyList<OrderLine> lines) : IBusinessRule
{
    public bool IsBroken() => lines.Count == 0;

    public string Message => "An order must have at least one item.";
}
