using BackOffice.Application.Messaging;
using BackOffice.Application.Partners.Fiscal;
using BackOffice.Application.Partners.Payments;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Application.Processing.Outcomes;
using BackOffice.Application.Stock;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Steps;

/// <summary>
/// Undoes at the partners what a cancelled order had done, in the order <see cref="Compensations.Sequence"/> gives. Each
/// undo is idempotent and confirmed on the order on its own, so a failure resumes at the step that failed.
/// </summary>
public sealed class CompensateStep(
    IPaymentGateway payments,
    IFiscalDocumentIssuer fiscal,
    IShippingCarrier carrier,
    IStockReservations stock,
    PartnerFollowUps followUps,
    LifecycleSettings settings) : IOrderMessageStep
{
    public const string CancellationJustification = "Pedido cancelado pela loja ou pelo cliente antes do envio.";

    public string MessageType => OrderMessageTypes.Compensate;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        while (scope.Order.PendingCompensations.Next is { } kind)
        {
            var done = await UndoAsync(scope, kind, cancellationToken);
            await scope.ApplyAsync(order => Complete(order, done, scope), cancellationToken, final: false);
        }
    }

    /// <returns>What was done, to confirm on the order.</returns>
    private async Task<CompensationKind> UndoAsync(OrderMessageScope scope, CompensationKind kind, CancellationToken cancellationToken)
    {
        var order = scope.Order;
        switch (kind)
        {
            case CompensationKind.InvoiceCancelled:
                var status = await fiscal.CancelAsync(order.Invoice!.Reference, CancellationJustification, cancellationToken);
                return status.State == FiscalDocumentState.Cancelled
                    ? kind
                    : throw new InvalidOperationException($"The fiscal API did not cancel NF-e {status.Reference}: {status.SefazStatus} {status.SefazMessage}");
            case CompensationKind.LabelCancelled:
                await carrier.CancelLabelAsync(order.Shipment!.LabelId, CancellationJustification, cancellationToken);
                return kind;
            case CompensationKind.ChargeRefunded or CompensationKind.ChargeVoided:
                return await UndoChargeAsync(scope, kind, cancellationToken);
            case CompensationKind.StockReleased:
                await stock.ReleaseAsync(order.Id.Value, cancellationToken);
                return kind;
            default:
                throw new UnprocessableMessageException($"No undo step for compensation {kind}.");
        }
    }

    /// <remarks>
    /// A void with no charge linked looks the charge up by the order. Not finding it is not taken as "nothing to void" at
    /// once (the gateway's search may lag the checkout): the lookup is retried, and only when the retries are used up is
    /// the explicit <see cref="CompensationKind.NoChargeFound"/> recorded.
    /// </remarks>
    private async Task<CompensationKind> UndoChargeAsync(OrderMessageScope scope, CompensationKind kind, CancellationToken cancellationToken)
    {
        var order = scope.Order;
        if (await followUps.ChargeAsync(order, cancellationToken) is not { } charge)
        {
            return scope.Message.RetryAttempt >= settings.ScheduledRetries
                ? CompensationKind.NoChargeFound
                : throw new ChargeNotFoundException(order.Id);
        }

        if (order.Charge is null)
        {
            await scope.ApplyAsync(current => LinkFound(current, charge, scope), cancellationToken, final: false);
        }

        if (charge.Status is not (ChargeStatus.Canceled or ChargeStatus.Refunded or ChargeStatus.Failed))
        {
            await payments.CancelOrRefundAsync(charge.ChargeId, null, $"{order.Id.Value}:{(kind == CompensationKind.ChargeRefunded ? "refund" : "void")}", cancellationToken);
        }

        return kind;
    }

    private static bool LinkFound(Order order, GatewayCharge charge, OrderMessageScope scope)
    {
        if (order.Charge is not null)
        {
            return false;
        }

        order.LinkCharge(new ChargeInfo(charge.ChargeId, PaymentOutcome.StateOf(charge.Status), charge.PaidCents, charge.ExpiresAt), scope.Cause, scope.Now);
        return true;
    }

    private static bool Complete(Order order, CompensationKind done, OrderMessageScope scope)
    {
        if (!order.PendingCompensations.IsPending(done))
        {
            return false;
        }

        order.CompleteCompensation(done, scope.Cause, scope.Now);
        return true;
    }
}
