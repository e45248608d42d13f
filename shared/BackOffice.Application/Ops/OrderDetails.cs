using System.Text;
using BackOffice.Application.Documents;
using BackOffice.Application.Intake;
using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Ops;

/// <summary>What a person sees when opening one order beyond its view: the customer in clear, raw payloads, documents.</summary>
public sealed class OrderDetails(IOrderRepository orders, IDeliveryLog deliveries, IRawPayloadArchive archive, IDocumentStore documents)
{
    public const string Xml = "xml";
    public const string Danfe = "danfe";
    public const string Label = "label";

    public async Task<OrderPersonalData?> PersonalDataAsync(OrderId orderId, CancellationToken cancellationToken) =>
        await orders.FindAsync(orderId, cancellationToken) is { Order: var order }
            ? new OrderPersonalData(order.Id.Value, order.Customer.Name, order.Customer.Email, order.Customer.Document, order.Customer.Phone, order.ShippingAddress)
            : null;

    /// <summary>
    /// The payloads behind the timeline's causes: a webhook's cause is its delivery id (from the order's channel), a
    /// callback's is "&lt;partner&gt;:&lt;delivery id&gt;".
    /// </summary>
    public async Task<IReadOnlyList<RawPayloadView>?> PayloadsAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(orderId, cancellationToken) is not { Order: var order })
        {
            return null;
        }

        var payloads = new List<RawPayloadView>();
        foreach (var cause in order.Timeline.Select(entry => entry.Cause).Distinct())
        {
            var (source, deliveryId) = cause.Kind switch
            {
                CauseKind.Webhook => (DeliverySource.Of(order.Channel), cause.Reference),
                CauseKind.Callback when cause.Reference.IndexOf(':') is > 0 and var colon
                    => (DeliverySource.Callback(cause.Reference[..colon]), cause.Reference[(colon + 1)..]),
                _ => (null, null),
            };
            if (source is null || deliveryId is null || await deliveries.FindAsync(source, deliveryId, cancellationToken) is not { } record)
            {
                continue;
            }

            if (await archive.ReadAsync(record.PayloadLocation, cancellationToken) is { } body)
            {
                payloads.Add(new RawPayloadView(source.Name, deliveryId, record.ReceivedAt, record.PayloadLocation, Encoding.UTF8.GetString(body)));
            }
        }

        return payloads;
    }

    /// <param name="kind"><see cref="Xml"/>, <see cref="Danfe"/> or <see cref="Label"/>.</param>
    public async Task<OrderDocumentFile?> DocumentAsync(OrderId orderId, string kind, CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(orderId, cancellationToken) is not { Order: var order })
        {
            return null;
        }

        var (location, contentType, extension) = kind switch
        {
            Xml => (order.Invoice?.XmlLocation, "application/xml", "xml"),
            Danfe => (order.Invoice?.DanfeLocation, "application/pdf", "pdf"),
            Label => (order.Shipment?.LabelLocation, "application/pdf", "pdf"),
            _ => (null, "", ""),
        };
        return location is null
            ? null
            : new OrderDocumentFile(await documents.ReadAsync(location, cancellationToken), contentType, $"{order.Id.Value}-{kind}.{extension}");
    }
}
