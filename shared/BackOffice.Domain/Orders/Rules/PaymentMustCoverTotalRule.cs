using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class PaymentMustCoverTotalRule(Payment payment, OrderAmounts amounts) : IBusinessRule
{
    public bool IsBroken() => payment.AmountCents != amounts.TotalCents;

    public string Message => "The payment amount must equal the order total.";
}
