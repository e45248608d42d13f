using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class ChargeMustBeLinkedRule(ChargeInfo? charge) : IBusinessRule
{
    public bool IsBroken() => charge is null;

    public string Message => "The order has no gateway charge yet.";
}
