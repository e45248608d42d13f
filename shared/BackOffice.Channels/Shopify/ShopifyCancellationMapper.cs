using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;

namespace BackOffice.Channels.Shopify;

public static class ShopifyCancellationMapper
{
    /// <summary>Shopify sends a null reason for some admin cancellations; "other" is its own catch-all value.</summary>
    public const string DefaultReason = "other";

    /// <returns>The cancellation, or null when the order is not cancelled or lacks its id (then <paramref name="errors"/> says so).</returns>
    public static ShopifyCancellation? Map(ShopifyOrder order, ValidationErrors errors)
    {
        var externalId = ShopifyOrderMapper.MapId(order.Id, errors);
        if (order.CancelledAt is null)
        {
            errors.Add("cancelled_at", "is required: the order is not cancelled.");
        }

        if (errors.Any)
        {
            return null;
        }

        var reason = string.IsNullOrWhiteSpace(order.CancelReason) ? DefaultReason : order.CancelReason.Trim().ToLowerInvariant();
        return new ShopifyCancellation(
            OrderId.For(SalesChannel.Shopify, externalId!), externalId!, order.CancelledAt!.Value.ToUniversalTime(), reason);
    }
}
