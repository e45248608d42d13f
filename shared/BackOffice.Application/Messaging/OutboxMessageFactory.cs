using BackOffice.Domain.Orders.Events;

namespace BackOffice.Application.Messaging;

/// <summary>Which domain events start the next step of the lifecycle, and so become messages.</summary>
public static class OutboxMessageFactory
{
    public static OutboxMessage? For(OrderEvent orderEvent, int timelinePosition) =>
        NextStep(orderEvent) is { } type
            ? new OutboxMessage(MessageIdFor(orderEvent, timelinePosition), type, orderEvent.OrderId.Value, orderEvent.OccurredAt)
            : null;

    private static string? NextStep(OrderEvent orderEvent) => orderEvent switch
    {
        OrderReceived => OrderMessageTypes.OrderReceived,
        RiskAnalysisStarted => OrderMessageTypes.SubmitRiskAnalysis,
        RiskApproved => OrderMessageTypes.CollectPayment,
        PaymentApproved => OrderMessageTypes.ReserveStock,
        StockReserved => OrderMessageTypes.IssueInvoice,
        OrderResumed => OrderMessageTypes.ContinueOrder,
        InvoiceAuthorized => OrderMessageTypes.PurchaseLabel,
        RiskDenied { Compensations.Any: true } or PaymentDeclined { Compensations.Any: true }
            or PaymentExpired { Compensations.Any: true } or OrderCancelled { Compensations.Any: true } => OrderMessageTypes.Compensate,
        _ => null,
    };

    // Deterministic so that a re-sent message keeps its id and the transport's duplicate detection holds.
    private static string MessageIdFor(OrderEvent orderEvent, int timelinePosition) =>
        $"{orderEvent.OrderId.Value}:{timelinePosition}:{orderEvent.Name}";
}
