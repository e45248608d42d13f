using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;

namespace BackOffice.Application.Messaging;

/// <summary>
/// The status changes a storefront is told about: those its API can show. VTEX takes the order into handling when it
/// is received, then an invoice, then tracking (when labelled and when shipped); Shopify one fulfillment with tracking,
/// made when the label is bought (Shopify has no idempotency key: one notice per order keeps it to one fulfillment).
/// Both hear of a cancellation, unless the storefront itself sent it (a webhook caused it): an echo would be refused.
/// </summary>
public static class StorefrontNotices
{
    public static bool Applies(SalesChannel channel, OrderEvent orderEvent) => channel switch
    {
        SalesChannel.Vtex => orderEvent is OrderReceived or InvoiceAuthorized or LabelPurchased or OrderShipped || IsCancelledByHub(orderEvent),
        SalesChannel.Shopify => orderEvent is LabelPurchased || IsCancelledByHub(orderEvent),
        _ => false,
    };

    public static bool IsCancellation(string eventName) =>
        eventName is nameof(OrderCancelled) or nameof(RiskDenied) or nameof(PaymentDeclined) or nameof(PaymentExpired);

    private static bool IsCancelledByHub(OrderEvent orderEvent) =>
        orderEvent is RiskDenied or PaymentDeclined or PaymentExpired
        || orderEvent is OrderCancelled { Cause.Kind: not CauseKind.Webhook };
}
