using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>An NF-e is a promise to ship; never issue one for goods we may not have.</summary>
public sealed class StockMustBeReservedBeforeInvoicingRule(bool stockReserved) : IBusinessRule
{
    public bool IsBroken() => !stockReserved;

    public string Message => "Stock must be reserved before the NF-e is requested.";
}
