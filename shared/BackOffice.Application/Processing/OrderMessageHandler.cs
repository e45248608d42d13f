using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Processing;

/// <summary>
/// Applies one order message. A message id already in the order's inbox is acknowledged without effect, so
/// at-least-once delivery changes the order once.
/// </summary>
public sealed class OrderMessageHandler(OrderUpdater updater, TimeProvider clock, ILogger<OrderMessageHandler> logger)
{
    public async Task<MessageHandlingResult> HandleAsync(OrderMessage message, CancellationToken cancellationToken)
    {
        if (!OrderId.TryParse(message.OrderId, out var orderId))
        {
            throw new UnprocessableMessageException($"'{message.OrderId}' is not an order id.");
        }

        var outcome = MessageHandlingResult.Applied;
        await updater.UpdateAsync(orderId!, tracked =>
        {
            if (tracked.HasProcessed(message.MessageId))
            {
                outcome = MessageHandlingResult.AlreadyProcessed;
                return false;
            }

            Apply(message, tracked.Order);
            tracked.MarkProcessed(message.MessageId);
            return true;
        }, cancellationToken);

        logger.LogInformation("{MessageType} {MessageId} for order {OrderId}: {Outcome}", message.Type, message.MessageId, orderId, outcome);
        return outcome;
    }

    private void Apply(OrderMessage message, Order order)
    {
        var cause = Cause.Message(message.MessageId);
        switch (message.Type)
        {
            case OrderMessageTypes.OrderReceived:
                order.StartRiskAnalysis(cause, clock.GetUtcNow());
                break;
            case OrderMessageTypes.PartnerCallbackReceived:
                order.NoteCallback(Required(message, OrderMessageData.Partner), Required(message, OrderMessageData.Event), cause, clock.GetUtcNow());
                break;
            default:
                throw new UnprocessableMessageException($"Unknown message type '{message.Type}'.");
        }
    }

    private static string Required(OrderMessage message, string key) =>
        message.Data?.GetValueOrDefault(key) is { Length: > 0 } value
            ? value
            : throw new UnprocessableMessageException($"{message.Type} {message.MessageId} has no '{key}'.");
}
