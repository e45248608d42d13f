using BackOffice.Domain.Orders;

namespace BackOffice.Application.Partners.Storefronts;

/// <summary>One status change to tell an order's storefront, with what that storefront needs to show it.</summary>
/// <param name="ExternalId">The storefront's own order id (Shopify's numeric id, VTEX's orderId).</param>
/// <param name="IdempotencyKey">Derived from the order and the event: the same notice always carries the same key.</param>
/// <param name="Invoice">The authorized NF-e, once there is one (tracking updates go onto it at VTEX).</param>
public sealed record StorefrontNotice(
    StorefrontNoticeKind Kind,
    SalesChannel Channel,
    string OrderRef,
    string ExternalId,
    string IdempotencyKey,
    IReadOnlyList<OrderLine> Lines,
    StorefrontInvoice? Invoice,
    StorefrontTracking? Tracking,
    string? CancelReason);
