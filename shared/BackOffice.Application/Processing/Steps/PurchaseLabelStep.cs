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
/// <remarks>
/// Two runs at once (copies of one message) would each put a label in the cart, so a run first claims the label work
/// on the order, with its ETag, and calls the carrier only while it holds the claim; the other run waits for the claim
/// to lapse (<see cref="WorkClaimedElsewhereException"/>). A holder too slow to keep its claim finds it taken over when
/// it saves its cart entry: it removes that entry from the cart and records nothing.
/// </remarks>
public sealed class PurchaseLabelStep(IShippingCarrier carrier, IDocumentStore documents, ShippingPlanSettings shipping, LifecycleSettings lifecycle) : IOrderMessageStep
{
    private const string Work = "Buying the label";

    public string MessageType => OrderMessageTypes.PurchaseLabel;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        if (!scope.Order.AwaitsLabel)
        {
            return;
        }

        // One per run: copies of a message share its ids, so those cannot tell the runs apart.
        var claimant = Guid.NewGuid().ToString("N");
        if (!await scope.ApplyAsync(current => Claim(current, claimant, scope), cancellationToken, final: false))
        {
            WaitUnlessDone(scope);
            return;
        }

        try
        {
            await BuyAsync(scope, claimant, cancellationToken);
        }
        catch (Exception failure) when (failure is not WorkClaimedElsewhereException)
        {
            // Let go, so that the retry need not wait for the claim to lapse; the failure still fails the run.
            await scope.ApplyAsync(current => Release(current, claimant, failure, scope), CancellationToken.None, final: false);
            throw;
        }
    }

    private async Task BuyAsync(OrderMessageScope scope, string claimant, CancellationToken cancellationToken)
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
            await scope.ApplyAsync(current => RecordCart(current, claimant, choice, note, labelId, parcel, scope), cancellationToken, final: false);
            if (scope.Order.Shipment?.LabelId != labelId)
            {
                // Not recorded: another run took the work over (this one was slower than its claim), or the order moved
                // on. Nobody will pay for this label: out of the cart with it.
                await carrier.RemoveFromCartAsync(labelId, cancellationToken);
                WaitUnlessDone(scope);
                return;
            }
        }

        if (!scope.Order.AwaitsLabelPurchase)
        {
            return;
        }

        // The last save (the claim, or the cart with it) proved the claim ours; a bought label is recorded whoever holds it.
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

    private bool Claim(Order order, string claimant, OrderMessageScope scope)
    {
        if (!order.AwaitsLabel || order.IsLabelClaimedByAnother(claimant, scope.Now))
        {
            return false;
        }

        order.ClaimLabelWork(claimant, scope.Now + lifecycle.LabelClaimLease, scope.Cause, scope.Now);
        return true;
    }

    private bool RecordCart(Order order, string claimant, ServiceChoice choice, string? note, string labelId, Parcel parcel, OrderMessageScope scope)
    {
        if (!order.AwaitsLabelCart || !order.HoldsLabelClaim(claimant))
        {
            return false;
        }

        order.ChooseCarrierService(choice, note, scope.Cause, scope.Now);
        // The claim is extended for the checkout that follows: nobody takes the label over between this save and the payment.
        order.RecordLabelCart(labelId, scope.Cause, scope.Now, choice.Service.FullName, parcel.WeightGrams, new LabelWorkClaim(claimant, scope.Now + lifecycle.LabelClaimLease));
        return true;
    }

    private static bool Release(Order order, string claimant, Exception failure, OrderMessageScope scope)
    {
        if (!order.HoldsLabelClaim(claimant))
        {
            return false;
        }

        order.ReleaseLabelWork(claimant, $"the run failed: {failure.Message}", scope.Cause, scope.Now);
        return true;
    }

    // Still waiting for its label: another run holds the work (or held it and lapsed), so this one comes back later.
    private static void WaitUnlessDone(OrderMessageScope scope)
    {
        if (scope.Order.AwaitsLabel)
        {
            throw new WorkClaimedElsewhereException(scope.Order.Id, Work, scope.Order.LabelClaim?.Until ?? scope.Now, scope.Now);
        }
    }

    private static string? NoteOn(ServiceChoice choice, int? wanted, string? unmapped) => (wanted, unmapped) switch
    {
        (_, { } name) => $"the storefront's shipping method '{name}' is not in Shipping:ServiceMap, so the quote decided",
        ({ } id, _) when choice.Service.ServiceId != id => $"the customer's service {id} was not quoted for this parcel",
        _ => null,
    };
}
