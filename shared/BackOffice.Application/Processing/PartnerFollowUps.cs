using BackOffice.Application.Documents;
using BackOffice.Application.Partners.Fiscal;
using BackOffice.Application.Partners.Payments;
using BackOffice.Application.Partners.Risk;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Application.Processing.Outcomes;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing;

/// <summary>
/// Reads where a partner stands on an order and turns it into a change. Callbacks, steps and the due-work sweeper all
/// come through here: a callback is only a hint, the partner's own answer is what moves the order.
/// </summary>
public sealed class PartnerFollowUps(
    IRiskAnalyzer risk,
    IPaymentGateway payments,
    IFiscalDocumentIssuer fiscal,
    IShippingCarrier carrier,
    IDocumentStore documents)
{
    public async Task<OrderChange> RiskAsync(Order order, Cause cause, DateTimeOffset now, CancellationToken cancellationToken) =>
        RiskOutcome.Of(await risk.GetAssessmentAsync(order.Id.Value, cancellationToken), cause, now);

    /// <returns>
    /// Null when the order waits for the anti-fraud decision and the service has no analysis of it: its submission was
    /// lost, and only our own step (submitting again, idempotently) moves it on.
    /// </returns>
    public async Task<OrderChange?> RiskOrResubmitAsync(Order order, Cause cause, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var assessment = await risk.GetAssessmentAsync(order.Id.Value, cancellationToken);
        return assessment.Decision == RiskDecision.NotSubmitted && order.NextWork == OrderWork.RiskDecision ? null : RiskOutcome.Of(assessment, cause, now);
    }

    /// <returns>Null when the gateway has no charge for the order.</returns>
    public async Task<GatewayCharge?> ChargeAsync(Order order, CancellationToken cancellationToken) =>
        order.Charge is { } charge
            ? await payments.GetChargeAsync(charge.ChargeId, cancellationToken)
            : await payments.FindChargeByOrderRefAsync(order.Id.Value, cancellationToken);

    public async Task<OrderChange> PaymentAsync(Order order, Cause cause, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ChargeAsync(order, cancellationToken) is { } charge ? PaymentOutcome.Of(charge, cause, now) : _ => false;

    /// <returns>
    /// Null when the order waits for an NF-e the fiscal API never received (the request was lost): only our own step,
    /// asking again under the same reference, moves it on.
    /// </returns>
    public async Task<OrderChange?> FiscalAsync(Order order, Cause cause, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (order.Invoice is not { State: InvoiceState.Requested } invoice)
        {
            return _ => false;
        }

        return await fiscal.FindAsync(invoice.Reference, cancellationToken) is { } status
            ? await FiscalOutcomeAsync(order, status, cause, now, cancellationToken)
            : null;
    }

    /// <summary>Keeps the XML and DANFE of an authorized NF-e before the order records it, so an invoiced order always has them.</summary>
    public async Task<OrderChange> FiscalOutcomeAsync(Order order, FiscalDocumentStatus status, Cause cause, DateTimeOffset now, CancellationToken cancellationToken)
    {
        (string, string)? stored = null;
        if (status is { State: FiscalDocumentState.Authorized, XmlPath: { } xml, DanfePath: { } danfe })
        {
            stored = (
                await documents.StoreAsync(order.Id.Value, $"nfe-{status.Reference}.xml", await fiscal.DownloadAsync(xml, cancellationToken), "application/xml", cancellationToken),
                await documents.StoreAsync(order.Id.Value, $"danfe-{status.Reference}.pdf", await fiscal.DownloadAsync(danfe, cancellationToken), "application/pdf", cancellationToken));
        }

        return FiscalOutcome.Of(status, stored, cause, now);
    }

    public async Task<OrderChange> ShipmentAsync(Order order, Cause cause, DateTimeOffset now, CancellationToken cancellationToken) =>
        order.Shipment is { } shipment
            ? ShipmentOutcome.Of(await carrier.TrackAsync(shipment.LabelId, cancellationToken), cause, now)
            : _ => false;
}
