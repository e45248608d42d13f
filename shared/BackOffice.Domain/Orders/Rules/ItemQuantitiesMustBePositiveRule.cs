using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class ItemQuantitiesMustBePositiveRule(IReadOnlyList<OrderLine> lines) : IBusinessRule
{
    public bool IsBroken() => lines.Any(line => line.Quantity <= 0);

    public string Message => "Every item must have a quantity of at least 1.";
}
