using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>An underpaid charge is not a paid order: someone has to decide (charge the rest or refund).</summary>
public sealed class PaidAmountMustCoverTotalRule(long paidCents, OrderAmounts amounts) : IBusinessRule
{
    public bool IsBroken() => paidCents < amounts.TotalCents;

    public string Message => $"The charge paid {paidCents} cents of a {amounts.TotalCents}-cent order.";
}
