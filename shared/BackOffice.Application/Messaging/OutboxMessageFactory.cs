using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;

namespace BackOffice.Application.Messaging;

/// <summary>
/// Which domain events become messages: the next step of the lifecycle, and, for a storefront that can show the
/// change, a notice to it. The notice is a message of its own so that a storefront being down never holds up the order.
/// </summary>
public static class OutboxMessageFactory
{
    public const string NotifySuffix = ":notify";

    public static IReadOnlyList<OutboxMessage> For(OrderEvent orderEvent, int timelinePosition, SalesChannel channel)
    {
        var messages = new List<OutboxMessage>(2);
        var messageId = MessageIdFor(orderEvent, timelinePosition);
        if (NextStep(orderEvent) is { } type)
        {
            messages.Add(new OutboxMessage(messageId, type, orderEvent.OrderId.Value, orderEvent.OccurredAt));
        }

        if (StorefrontNotices.Applies(channel, orderEvent))
        {
            messages.Add(new OutboxMessage(
                messageId + NotifySuffix,
                OrderMessageTypes.NotifyStorefront,
                orderEvent.OrderId.Value,
                orderEvent.OccurredAt,
                new Dictionary<string, string> { [OrderMessageData.Event] = orderEvent.Name }));
        }

        return messages;
    }

    private static string? NextStep(OrderEvent orderEvent) => orderEvent switch
    {
        OrderReceived => OrderMessageTypes.OrderReceived,
        RiskAnalysisStarted => OrderMessageTypes.SubmitRiskAnalysis,
        RiskApproved => OrderMessageTypes.CollectPayment,
        PaymentApproved => OrderMessageTypes.ReserveStock,
        StockReserved => OrderMessageTypes.IssueInvoice,
        OrderResumed => OrderMessageTypes.ContinueOrder,
        InvoiceAuthorized => OrderMessageTypes.PurchaseLabel,
        OrderShipped => OrderMessageTypes.ConsumeStock,
        RiskDenied { Compensations.Any: true } or PaymentDeclined { Compensations.Any: true }
            or PaymentExpired { Compensations.Any: true } or OrderCancelled { Compensations.Any: true } => OrderMessageTypes.Compensate,
        _ => null,
    };

    // Deterministic so that a re-sent message keeps its id and the transport's duplicate detection holds.
    private static string MessageIdFor(OrderEvent orderEvent, int timelinePosition) =>
        $"{orderEvent.OrderId.Value}:{timelinePosition}:{orderEvent.Name}";
}
