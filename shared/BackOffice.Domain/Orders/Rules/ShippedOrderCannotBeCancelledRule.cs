using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>Once the carrier has the package, cancelling is a return, not a cancellation.</summary>
public sealed class ShippedOrderCannotBeCancelledRule(OrderStatus status) : IBusinessRule
{
    public bool IsBroken() => status is OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.DeliveryFailed;

    public string Message => $"An order that is {status} cannot be cancelled; it needs a return.";
}
