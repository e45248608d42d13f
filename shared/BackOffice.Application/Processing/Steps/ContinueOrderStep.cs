using BackOffice.Application.Messaging;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Steps;

/// <summary>Re-drives an order from its state: every step checks the state itself, so running the right one twice is safe.</summary>
public sealed class ContinueOrderStep(
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
        IOrderMessageStep? next = scope.Order switch
        {
            { PendingCompensations.Any: true } => compensate,
            { Status: OrderStatus.RiskReview, Risk.Status: RiskStatus.Analysing } => risk,
            { Status: OrderStatus.AwaitingPayment } => payment,
            { Status: OrderStatus.PaymentApproved, StockReserved: false } => stock,
            { Status: OrderStatus.PaymentApproved } => invoice,
            { Status: OrderStatus.Invoiced } => label,
            _ => null,
        };
        return next?.ExecuteAsync(scope, cancellationToken) ?? Task.CompletedTask;
    }
}
