using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class InstructionsMustBeNewRule(ChargeInstructions? current, ChargeInstructions issued) : IBusinessRule
{
    public bool IsBroken() => current == issued;

    public string Message => "The order already has these payment instructions.";
}
