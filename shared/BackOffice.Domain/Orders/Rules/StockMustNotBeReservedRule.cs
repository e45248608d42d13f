using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class StockMustNotBeReservedRule(bool stockReserved) : IBusinessRule
{
    public bool IsBroken() => stockReserved;

    public string Message => "Stock is already reserved for this order.";
}
