using BackOffice.Application.Messaging;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Steps;

/// <summary>Re-drives an order from its state: every step asks the order itself, so running the right one twice is safe.</summary>
public sealed class ContinueOrderStep(
    StartRiskAnalysisStep start,
    SubmitRiskAnalysisStep risk,
    CollectPaymentStep payment,
    ReserveStockStep stock,
    IssueInvoiceStep invoice,
    PurchaseLabelStep label,
    CompensateStep compensate) : IOrderMessageStep
{
    public string MessageType => OrderMessageTypes.ContinueOrder;

    public Task ExecuteAsync(OrderMessageScope scope, CancellationToken cancellationToken)
    {
        IOrderMessageStep? next = scope.Order.NextWork switch
        {
            OrderWork.Compensation => compensate,
            OrderWork.StartRiskAnalysis => start,
            OrderWork.RiskDecision => risk,
            OrderWork.Payment => payment,
            OrderWork.ReserveStock => stock,
            OrderWork.RequestInvoice or OrderWork.InvoiceAuthorization => invoice,
            OrderWork.AddLabelToCart or OrderWork.PurchaseLabel => label,
            // Waiting on a person (at the anti-fraud service or here) or on the carrier: nothing to drive.
            OrderWork.ManualRiskReview or OrderWork.Pickup or OrderWork.Delivery or OrderWork.Person or OrderWork.None => null,
            var unknown => throw new UnprocessableMessageException($"No step drives an order waiting for {unknown}."),
        };
        return next?.ExecuteAsync(scope, cancellationToken) ?? Task.CompletedTask;
    }
}
