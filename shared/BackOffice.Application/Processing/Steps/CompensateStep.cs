using BackOffice.Application.Messaging;
using BackOffice.Application.Partners.Fiscal;
using BackOffice.Application.Partners.Payments;
using BackOffice.Application.Processing.Outcomes;
using BackOffice.Application.Stock;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Steps;

/// <summary>
/// Undoes at the partners what a cancelled order had done: NF-e cancelled first (SEFAZ's window is the tightest), then
/// the charge voided or refunded, then stock released. Each undo is idempotent and confirmed on the order on its own.
/// </summary>
public sealed class CompensateStep(IPaymentGateway payments, IFiscalDocumentIssuer fiscal, IStockReservations stock, PartnerFollowUps followUps) : IOrderMessageStep
{
    public const string CancellationJustification = "Pedido cancelado pela loja ou pelo cliente antes do envio.";

    public string MessageType => OrderMessageTypes.Compensate;

    public async Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        var pending = scope.Order.PendingCompensations;
        if (pending.CancelInvoice)
        {
            var status = await fiscal.CancelAsync(scope.Order.Invoice!.Reference, CancellationJustification, cancellationToken);
            if (status.State != FiscalDocumentState.Cancelled)
            {
                throw new InvalidOperationException($"The fiscal API did not cancel NF-e {status.Reference}: {status.SefazStatus} {status.SefazMessage}");
            }

            await CompleteAsync(scope, CompensationKind.InvoiceCancelled, cancellationToken);
        }

        if (pending.VoidCharge || pending.RefundCharge)
        {
            if (await followUps.ChargeAsync(scope.Order, cancellationToken) is { } charge)
            {
                if (scope.Order.Charge is null)
                {
                    await scope.ApplyAsync(order => LinkFound(order, charge, scope), cancellationToken, final: false);
                }

                if (charge.Status is not (ChargeStatus.Canceled or ChargeStatus.Refunded or ChargeStatus.Failed))
                {
                    await payments.CancelOrRefundAsync(charge.ChargeId, null, $"{scope.Order.Id.Value}:{(pending.RefundCharge ? "refund" : "void")}", cancellationToken);
                }
            }

            await CompleteAsync(scope, pending.RefundCharge ? CompensationKind.ChargeRefunded : CompensationKind.ChargeVoided, cancellationToken);
        }

        if (pending.ReleaseStock)
        {
            await stock.ReleaseAsync(scope.Order.Id.Value, cancellationToken);
            await CompleteAsync(scope, CompensationKind.StockReleased, cancellationToken);
        }
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

    private static Task<bool> CompleteAsync(OrderMessageScope scope, CompensationKind kind, CancellationToken cancellationToken) =>
        scope.ApplyAsync(order =>
        {
            var stillPending = kind switch
            {
                CompensationKind.InvoiceCancelled => order.PendingCompensations.CancelInvoice,
                CompensationKind.ChargeRefunded => order.PendingCompensations.RefundCharge,
                CompensationKind.ChargeVoided => order.PendingCompensations.VoidCharge,
                _ => order.PendingCompensations.ReleaseStock,
            };
            if (stillPending)
            {
                order.CompleteCompensation(kind, scope.Cause, scope.Now);
            }

            return stillPending;
        }, cancellationToken, final: false);
}
