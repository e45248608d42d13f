using BackOffice.Application.Messaging;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;

namespace BackOffice.Application.Processing.Steps;

/// <summary>Builds the notice of one event from the order as it is now (its invoice and shipment are recorded there).</summary>
public static class StorefrontNoticeFactory
{
    public static StorefrontNotice For(Order order, string eventName)
    {
        var kind = KindOf(eventName);
        var invoice = order.Invoice is { AccessKey: { } key, Number: { } number } nfe
            ? new StorefrontInvoice(number, nfe.Series, key, order.Amounts.TotalCents, nfe.AuthorizedAt ?? order.UpdatedAt, nfe.XmlLocation)
            : null;
        if (kind == StorefrontNoticeKind.Invoiced && invoice is null)
        {
            throw new UnprocessableMessageException($"Order {order.Id} has no authorized NF-e to tell its storefront about.");
        }

        var tracking = order.Shipment is { } shipment ? new StorefrontTracking(shipment.TrackingCode, null, shipment.PostedAt) : null;
        return new StorefrontNotice(
            kind,
            order.Channel,
            order.Id.Value,
            order.ExternalId,
            // The same notice of the same order always has the same key, whichever delivery of the message sends it.
            $"{order.Id.Value}:{kind.ToString().ToLowerInvariant()}",
            order.Lines,
            invoice,
            tracking,
            kind == StorefrontNoticeKind.Cancelled ? CancelReason(order, eventName) : null);
    }

    private static StorefrontNoticeKind KindOf(string eventName) => eventName switch
    {
        nameof(OrderReceived) => StorefrontNoticeKind.Received,
        nameof(InvoiceAuthorized) => StorefrontNoticeKind.Invoiced,
        nameof(LabelPurchased) => StorefrontNoticeKind.ReadyToShip,
        nameof(OrderShipped) => StorefrontNoticeKind.Shipped,
        _ when StorefrontNotices.IsCancellation(eventName) => StorefrontNoticeKind.Cancelled,
        _ => throw new UnprocessableMessageException($"No storefront notice for event '{eventName}'."),
    };

    /// <summary>The event's name, then what the timeline says of it: "PaymentDeclined: card refused".</summary>
    private static string CancelReason(Order order, string eventName) =>
        order.Timeline.LastOrDefault(entry => entry.Event == eventName)?.Detail is { Length: > 0 } detail ? $"{eventName}: {detail}" : eventName;
}
