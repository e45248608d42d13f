using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>A total that does not add up means we would charge or invoice the wrong amount.</summary>
public sealed class OrderTotalMustAddUpRule(OrderAmounts amounts, IReadOnlyList<OrderLine> lines) : IBusinessRule
{
    public bool IsBroken() =>
        lines.Sum(line => line.TotalCents) != amounts.ItemsCents
        || amounts.ItemsCents + amounts.ShippingCents - amounts.DiscountCents != amounts.TotalCents;

    public string Message =>
        "The total must equal the sum of the items (quantity times unit price) plus shipping minus discount.";
}
