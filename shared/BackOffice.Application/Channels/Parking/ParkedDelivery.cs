using BackOffice.Domain.Orders;

namespace BackOffice.Application.Channels.Parking;

/// <summary>
/// A verified storefront delivery the hub could not use (an order it cannot map, a topic it does not handle). Shopify
/// and VTEX count any non-2xx answer as a failure and may drop the subscription, so such a delivery is answered 2xx,
/// kept byte for byte, and waits here for a person to fix and resume it, or to dismiss it.
/// </summary>
/// <param name="Id">The channel and the delivery's id: one entry per delivery, however often it is parked again.</param>
/// <param name="DeliveryId">The delivery's own id (Shopify's event or webhook id, VTEX's order, state and time).</param>
/// <param name="Headers">What the channel sent beside the body and needs again on resume (Shopify's topic, say); never a secret.</param>
public sealed record ParkedDelivery(
    string Id,
    SalesChannel Channel,
    string DeliveryId,
    string Reason,
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyDictionary<string, string> Headers,
    DateTimeOffset ReceivedAt,
    int Attempts = 1);
