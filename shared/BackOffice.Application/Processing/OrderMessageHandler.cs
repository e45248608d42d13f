using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Processing;

/// <summary>
/// Routes an order message to its step. A message id already in the order's inbox is acknowledged without effect, so
/// at-least-once delivery changes the order once.
/// </summary>
public sealed class OrderMessageHandler(
    IEnumerable<IOrderMessageStep> steps,
    IOrderRepository repository,
    OrderUpdater updater,
    MessageRetries retries,
    TimeProvider clock,
    ILogger<OrderMessageHandler> logger,
    IEnumerable<IIntakeMessageStep>? intakeSteps = null)
{
    private readonly Dictionary<string, IOrderMessageStep> _steps = steps.ToDictionary(step => step.MessageType, StringComparer.Ordinal);
    private readonly Dictionary<string, IIntakeMessageStep> _intakeSteps = (intakeSteps ?? []).ToDictionary(step => step.MessageType, StringComparer.Ordinal);

    public async Task<MessageHandlingResult> HandleAsync(OrderMessage message, CancellationToken cancellationToken)
    {
        if (!OrderId.TryParse(message.OrderId, out var orderId))
        {
            throw new UnprocessableMessageException($"'{message.OrderId}' is not an order id.");
        }

        if (_intakeSteps.TryGetValue(message.Type, out var intakeStep))
        {
            // The order may not exist yet: the step is the intake that creates it, idempotent on its own delivery log.
            var result = MessageHandlingResult.Applied;
            try
            {
                await intakeStep.ExecuteAsync(message, cancellationToken);
            }
            catch (Exception failure) when (retries.CanRetry(message, failure))
            {
                await retries.ScheduleAsync(message, cancellationToken, failure);
                logger.LogWarning(failure, "{MessageType} {MessageId} for order {OrderId} failed; retry {Attempt} scheduled", message.Type, message.MessageId, orderId, message.RetryAttempt + 1);
                result = MessageHandlingResult.RetryScheduled;
            }

            logger.LogDebug("{MessageType} {MessageId} for order {OrderId}: {Outcome}", message.Type, message.MessageId, orderId, result);
            return result;
        }

        if (!_steps.TryGetValue(message.Type, out var step))
        {
            throw new UnprocessableMessageException($"Unknown message type '{message.Type}'.");
        }

        var order = await repository.FindAsync(orderId!, cancellationToken) ?? throw new OrderNotFoundException(orderId!);
        var outcome = MessageHandlingResult.AlreadyProcessed;
        if (!order.HasProcessed(message.InboxId))
        {
            if (order.Order.Attention?.Step == message.Type)
            {
                throw new StepStoppedException(orderId!, message.Type);
            }

            try
            {
                await step.ExecuteAsync(new OrderMessageScope(message, order, updater, clock), cancellationToken);
                outcome = MessageHandlingResult.Applied;
            }
            catch (Exception failure) when (retries.CanRetry(message, failure))
            {
                // Not swallowed: logged with the failure, and the step comes back as the scheduled copy.
                await retries.ScheduleAsync(message, cancellationToken, failure);
                logger.LogWarning(failure, "{MessageType} {MessageId} for order {OrderId} failed; retry {Attempt} scheduled", message.Type, message.MessageId, orderId, message.RetryAttempt + 1);
                outcome = MessageHandlingResult.RetryScheduled;
            }
            catch (Exception failure) when (step.HoldsUpTheOrder && DeadEnds.Lands(failure))
            {
                // The order goes in front of a person; the failure still fails the delivery, so the message ends in the
                // dead-letter queue, replayable once the order is resumed.
                await LandAsync(orderId!, message, failure, cancellationToken);
                throw;
            }
        }

        // Debug: the outcome is on the `process <Type>` span (backoffice.message.outcome) and in the host's invocation log;
        // a console line per message handled was the largest CPU item of logging at volume.
        logger.LogDebug("{MessageType} {MessageId} for order {OrderId}: {Outcome}", message.Type, message.MessageId, orderId, outcome);
        return outcome;
    }

    private async Task LandAsync(OrderId orderId, OrderMessage message, Exception failure, CancellationToken cancellationToken)
    {
        var reason = DeadEnds.Reason(message, failure);
        var landed = false;
        await updater.UpdateAsync(orderId, tracked =>
        {
            if (!tracked.Order.CanRequireAttention)
            {
                return false;
            }

            tracked.Order.RequireAttention(reason, Cause.Message(message.MessageId), clock.GetUtcNow(), message.Type);
            landed = true;
            return true;
        }, cancellationToken);
        logger.LogError(failure, "{MessageType} {MessageId} for order {OrderId} dead-ended; order {Landing}", message.Type, message.MessageId, orderId, landed ? "needs attention" : "left as it is");
    }
}
