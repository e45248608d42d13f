using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>For steps that do not move the status but belong to one stage of the lifecycle.</summary>
public sealed class OrderMustBeInStatusRule(OrderStatus actual, OrderStatus required, string step) : IBusinessRule
{
    public bool IsBroken() => actual != required;

    public string Message => $"To {step} the order must be {required}, not {actual}.";
}
