using BackOffice.Application.Documents;
using BackOffice.Application.Messaging;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Application.Shipping;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Shipping;

namespace BackOffice.Application.Processing.Steps;

/// <summary>
/// Buys the label once the NF-e is authorized. First the parcel is planned and quoted, and the carrier service chosen
/// (the customer's, else the cheapest on time, else the fastest); an empty quote fails the step, which is retried and
/// then needs attention. The carrier's cart has no idempotency key, so the label id is saved on the order, with the
/// choice, before paying; a retry finds it and pays for that label instead of quoting and creating another.
/// </summary>
public sealed class PurchaseLabelStep(IShippingCarrier carrier, IDocumentStore documents, ShippingPlanSettings shipping) : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.PurchaseLabel;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        if (scope.Order.AwaitsLabelCart)
        {
            var order = scope.Order;
            var parcel = ParcelPlanner.Plan(order.Lines, order.Amounts, shipping);
            var quotes = await carrier.QuoteAsync(new QuoteRequest(order.Id.Value, order.ShippingAddress!.PostalCode, parcel), cancellationToken);
            var (wanted, unmapped) = CustomerServiceMap.Resolve(order.Delivery, shipping);
            var choice = CarrierServicePolicy.Choose(quotes, wanted, DeliveryPromise.DaysLeft(order, shipping, scope.Now))
                ?? throw new NoCarrierServiceException(order.Id, parcel.WeightGrams);
            var note = NoteOn(choice, wanted, unmapped);
            var labelId = await carrier.AddToCartAsync(
                new ShipmentRequest(order.Id.Value, order.Customer, order.ShippingAddress!, order.Lines, order.Invoice!.AccessKey!, parcel, choice.Service.ServiceId),
                cancellationToken);
            await scope.ApplyAsync(current => RecordCart(current, choice, note, labelId, parcel, scope), cancellationToken, final: false);
        }

        if (!scope.Order.AwaitsLabelPurchase)
        {
            return;
        }

        var label = await carrier.PurchaseLabelAsync(scope.Order.Shipment!.LabelId, cancellationToken);
        var location = label.LabelUrl is { } url
            ? await documents.StoreAsync(scope.Order.Id.Value, $"label-{label.LabelId}.pdf", await carrier.DownloadLabelAsync(url, cancellationToken), "application/pdf", cancellationToken)
            : null;
        await scope.ApplyAsync(current =>
        {
            if (!current.AwaitsLabelPurchase)
            {
                return false;
            }

            current.PurchaseLabel(label.LabelId, label.TrackingCode, location, scope.Cause, scope.Now);
            return true;
        }, cancellationToken);
    }

    private static bool RecordCart(Order order, ServiceChoice choice, string? note, string labelId, Parcel parcel, OrderMessageScope scope)
    {
        if (!order.AwaitsLabelCart)
        {
            return false;
        }

        order.ChooseCarrierService(choice, note, scope.Cause, scope.Now);
        order.RecordLabelCart(labelId, scope.Cause, scope.Now, choice.Service.FullName, parcel.WeightGrams);
        return true;
    }

    private static string? NoteOn(ServiceChoice choice, int? wanted, string? unmapped) => (wanted, unmapped) switch
    {
        (_, { } name) => $"the storefront's shipping method '{name}' is not in Shipping:ServiceMap, so the quote decided",
        ({ } id, _) when choice.Service.ServiceId != id => $"the customer's service {id} was not quoted for this parcel",
        _ => null,
    };
}
