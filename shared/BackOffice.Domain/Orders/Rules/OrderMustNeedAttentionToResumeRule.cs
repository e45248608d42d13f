using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class OrderMustNeedAttentionToResumeRule(AttentionInfo? attention) : IBusinessRule
{
    public bool IsBroken() => attention is null;

    public string Message => "Only an order that needs attention can be resumed.";
}
