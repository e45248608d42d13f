namespace BackOffice.Domain.SeedWork;

public sealed class BusinessRuleValidationException(IBusinessRule brokenRule)
    : Exception(brokenRule.Message)
{
    public IBusinessRule BrokenRule { get; } = brokenRule;

    public string RuleName => BrokenRule.GetType().Name;
}
