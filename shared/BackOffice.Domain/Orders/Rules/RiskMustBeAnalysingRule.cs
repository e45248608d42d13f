using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class RiskMustBeAnalysingRule(RiskState risk) : IBusinessRule
{
    public bool IsBroken() => risk.Status != RiskStatus.Analysing;

    public string Message => $"Risk is {risk.Status}, not being analysed.";
}
