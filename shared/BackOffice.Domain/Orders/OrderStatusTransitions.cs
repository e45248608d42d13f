namespace BackOffice.Domain.Orders;

/// <summary>The lifecycle graph in one place, so a transition that is not drawn here cannot happen anywhere.</summary>
public static class OrderStatusTransitions
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Allowed = new()
    {
        [OrderStatus.Received] = [OrderStatus.RiskReview, OrderStatus.Cancelled, OrderStatus.NeedsAttention],
        [OrderStatus.RiskReview] = [OrderStatus.AwaitingPayment, OrderStatus.Cancelled, OrderStatus.NeedsAttention],
        [OrderStatus.AwaitingPayment] = [OrderStatus.PaymentApproved, OrderStatus.Cancelled, OrderStatus.NeedsAttention],
        [OrderStatus.PaymentApproved] = [OrderStatus.Invoiced, OrderStatus.Cancelled, OrderStatus.NeedsAttention],
        [OrderStatus.Invoiced] = [OrderStatus.ReadyToShip, OrderStatus.Cancelled, OrderStatus.NeedsAttention],
        [OrderStatus.ReadyToShip] = [OrderStatus.Shipped, OrderStatus.Cancelled, OrderStatus.NeedsAttention],
        [OrderStatus.Shipped] = [OrderStatus.Delivered, OrderStatus.DeliveryFailed],
        [OrderStatus.Delivered] = [],
        // A failed attempt may be followed by a new attempt or a late delivery scan.
        [OrderStatus.DeliveryFailed] = [OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.NeedsAttention],
        [OrderStatus.Cancelled] = [],
        // Where a resume may return to; the order lets only Resume and Cancel out of NeedsAttention.
        [OrderStatus.NeedsAttention] = [OrderStatus.Received, OrderStatus.RiskReview, OrderStatus.AwaitingPayment, OrderStatus.PaymentApproved, OrderStatus.Invoiced, OrderStatus.ReadyToShip, OrderStatus.DeliveryFailed, OrderStatus.Cancelled],
    };

    public static bool IsAllowed(OrderStatus from, OrderStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<OrderStatus> From(OrderStatus status) => Allowed[status];
}
