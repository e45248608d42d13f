using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public static class OrderPlacementRules
{
    public static IEnumerable<IBusinessRule> For(OrderPlacement placement) =>
    [
        new OrderMustHaveItemsRule(placement.Lines),
        new ItemQuantitiesMustBePositiveRule(placement.Lines),
        new AmountsMustNotBeNegativeRule(placement.Amounts, placement.Lines),
        new OrderTotalMustAddUpRule(placement.Amounts, placement.Lines),
        new PaymentMustCoverTotalRule(placement.Payment, placement.Amounts),
    ];

    public static IReadOnlyList<IBusinessRule> BrokenBy(OrderPlacement placement) =>
        [.. For(placement).Where(rule => rule.IsBroken())];
}
