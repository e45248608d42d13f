using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class CompensationMustBePendingRule(Compensations pending, CompensationKind kind) : IBusinessRule
{
    public bool IsBroken() => !pending.IsPending(kind);

    public string Message => $"No {kind} is pending for this order.";
}
