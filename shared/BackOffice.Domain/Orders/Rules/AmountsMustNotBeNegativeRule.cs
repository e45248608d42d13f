using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class AmountsMustNotBeNegativeRule(OrderAmounts amounts, IReadOnlyList<OrderLine> lines) : IBusinessRule
{
    public bool IsBroken() =>
        amounts.ItemsCents < 0 || amounts.ShippingCents < 0 || amounts.DiscountCents < 0 || amounts.TotalCents < 0
        || lines.Any(line => line.UnitPriceCents < 0);

    public string Message => "Prices, shipping, discount and total must not be negative.";
}
