using System.Text.Json.Nodes;
using BackOffice.Application.Documents;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.StoreEvents;

/// <summary>
/// Builds one event from the order and its timeline entry, the way Stripe's events read: <c>id</c>, <c>type</c>,
/// <c>createdAt</c>, then the order's reference and a <c>data</c> object with what the store needs to act (schema:
/// <c>schemas/store-event.schema.json</c>). What the event says is fixed when it is first built and kept in the log.
/// </summary>
public static class StoreEventFactory
{
    private static readonly OrderStatus[] Labelled = [OrderStatus.ReadyToShip, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.DeliveryFailed];

    public static StoreEventDelivery Build(Order order, int sequence, StoreEventSettings settings, IDocumentStore documents, DateTimeOffset now)
    {
        var type = StoreEventTypes.TypeAt(order.Timeline, sequence)
            ?? throw new ArgumentOutOfRangeException(nameof(sequence), $"Entry {sequence} of order {order.Id} is not a store event.");
        var entry = order.Timeline[sequence];
        var eventId = $"{order.Id.Value}:{sequence}";
        var data = new JsonObject
        {
            ["status"] = entry.Status.ToString(),
            ["previousStatus"] = sequence > 0 ? order.Timeline[sequence - 1].Status.ToString() : null,
            ["event"] = entry.Event,
        };
        if (entry.Status is OrderStatus.Cancelled or OrderStatus.NeedsAttention or OrderStatus.DeliveryFailed && type != StoreEventTypes.PaymentInstructions)
        {
            // As storefronts are told: the event's name, then what the timeline says of it ("PaymentDeclined: card refused").
            data["reason"] = entry.Detail is { Length: > 0 } detail ? $"{entry.Event}: {detail}" : entry.Event;
        }

        if (type == StoreEventTypes.PaymentInstructions)
        {
            data["payment"] = Payment(order);
        }

        if (order.Invoice is { State: InvoiceState.Authorized or InvoiceState.Cancelled, AccessKey: { } key, AuthorizedAt: { } authorizedAt } invoice && authorizedAt <= entry.At)
        {
            var expires = now + settings.DocumentLinkLifetime;
            data["invoice"] = new JsonObject
            {
                ["number"] = invoice.Number,
                ["series"] = invoice.Series,
                ["accessKey"] = key,
                ["authorizedAt"] = authorizedAt,
                ["xmlUrl"] = invoice.XmlLocation is { } xml ? documents.LinkFor(xml, expires)?.ToString() : null,
                ["danfeUrl"] = invoice.DanfeLocation is { } danfe ? documents.LinkFor(danfe, expires)?.ToString() : null,
            };
        }

        if (order.Shipment is { TrackingCode: { Length: > 0 } code } shipment && Labelled.Contains(entry.Status))
        {
            data["shipment"] = new JsonObject
            {
                ["trackingCode"] = code,
                ["trackingUrl"] = settings.TrackingUrlTemplate.Replace("{code}", Uri.EscapeDataString(code), StringComparison.Ordinal),
                ["postedAt"] = shipment.PostedAt <= entry.At ? shipment.PostedAt : null,
                ["deliveredAt"] = shipment.DeliveredAt <= entry.At ? shipment.DeliveredAt : null,
            };
        }

        var body = new JsonObject
        {
            ["id"] = eventId,
            ["type"] = type,
            ["createdAt"] = entry.At,
            ["sequence"] = sequence,
            ["orderId"] = order.Id.Value,
            ["externalId"] = order.ExternalId,
            ["data"] = data,
        };
        return new StoreEventDelivery(sequence, eventId, type, entry.At, body.ToJsonString());
    }

    private static JsonObject Payment(Order order)
    {
        var charge = order.Charge ?? throw new InvalidOperationException($"Order {order.Id} has payment instructions but no charge.");
        var instructions = charge.Instructions;
        return new JsonObject
        {
            ["method"] = StoreEventTypes.Snake(order.Payment.Method.ToString()),
            ["chargeId"] = charge.ChargeId,
            ["amount"] = order.Amounts.TotalCents,
            ["currency"] = order.Amounts.Currency.Code,
            ["expiresAt"] = charge.ExpiresAt,
            ["pix"] = instructions is { PixCode: not null } or { PixQrCodeUrl: not null }
                ? new JsonObject { ["code"] = instructions.PixCode, ["qrCodeUrl"] = instructions.PixQrCodeUrl }
                : null,
            ["boleto"] = instructions is { BoletoLine: not null } or { BoletoUrl: not null } or { BoletoPdfUrl: not null }
                ? new JsonObject { ["line"] = instructions.BoletoLine, ["url"] = instructions.BoletoUrl, ["pdfUrl"] = instructions.BoletoPdfUrl }
                : null,
        };
    }
}
