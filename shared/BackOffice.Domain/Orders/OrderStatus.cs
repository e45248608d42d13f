namespace BackOffice.Domain.Orders;

// The names are part of the public contract (ops API, storefront mapping); never rename one.
public enum OrderStatus
{
    Received,
    RiskReview,
    AwaitingPayment,
    PaymentApproved,
    Invoiced,
    ReadyToShip,
    Shipped,
    Delivered,
    Cancelled,
    DeliveryFailed,
    NeedsAttention,
}
