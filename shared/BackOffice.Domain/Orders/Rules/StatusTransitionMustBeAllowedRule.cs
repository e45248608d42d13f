using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class StatusTransitionMustBeAllowedRule(OrderStatus from, OrderStatus to) : IBusinessRule
{
    public bool IsBroken() => !OrderStatusTransitions.IsAllowed(from, to);

    public string Message => $"An order in status {from} cannot move to {to}.";
}
