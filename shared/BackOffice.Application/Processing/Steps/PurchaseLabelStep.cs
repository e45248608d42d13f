using BackOffice.Application.Documents;
using BackOffice.Application.Messaging;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Steps;

/// <summary>
/// Buys the label once the NF-e is authorized. The carrier's cart has no idempotency key, so the label id is saved on the
/// order before paying; a retry finds it and pays for that label instead of creating another.
/// </summary>
public sealed class PurchaseLabelStep(IShippingCarrier carrier, IDocumentStore documents) : IOrderMessageStep
{
    // Used when the storefront sent no weights; a typical apparel parcel.
    private const int DefaultWeightGrams = 500;

    public string MessageType => OrderMessageTypes.PurchaseLabel;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        if (scope.Order.AwaitsLabelCart)
        {
            var order = scope.Order;
            var labelId = await carrier.AddToCartAsync(
                new ShipmentRequest(order.Id.Value, order.Customer, order.ShippingAddress!, order.Lines, order.Amounts.TotalCents, order.Invoice!.AccessKey!, DefaultWeightGrams),
                cancellationToken);
            await scope.ApplyAsync(current => RecordCart(current, labelId, scope), cancellationToken, final: false);
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

    private static bool RecordCart(Order order, string labelId, OrderMessageScope scope)
    {
        if (!order.AwaitsLabelCart)
        {
            return false;
        }

        order.RecordLabelCart(labelId, scope.Cause, scope.Now, weightGrams: DefaultWeightGrams);
        return true;
    }
}
