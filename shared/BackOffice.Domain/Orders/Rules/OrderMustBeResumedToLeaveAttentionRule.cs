using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>An order waiting for a person leaves that state only when a person resumes or cancels it, never by a late answer.</summary>
public sealed class OrderMustBeResumedToLeaveAttentionRule(OrderStatus status, OrderStatus next) : IBusinessRule
{
    public bool IsBroken() => status == OrderStatus.NeedsAttention;

    public string Message => $"The order needs attention; it must be resumed or cancelled before it can move to {next}.";
}
