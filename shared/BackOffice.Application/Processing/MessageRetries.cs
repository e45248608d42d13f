using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Application.Processing;

/// <summary>
/// Backs off a failed step: a copy of the message is scheduled for later, so a partner that is down gets minutes to
/// recover instead of a burst of immediate redeliveries (Service Bus redelivers an abandoned message at once). The
/// copy is sent before the failed delivery is acknowledged; when the retries are used up, the failure goes to the
/// transport, which retries and then parks the message in the poison or dead-letter queue.
/// </summary>
public sealed class MessageRetries(IMessagePublisher publisher, LifecycleSettings settings, TimeProvider clock)
{
    // Exponential: 1, 4, 16, 64, 256 times the base delay.
    private const int Growth = 4;

    /// <summary>
    /// Failures a back-off cannot cure go straight to the transport: a message that cannot be understood, one for an
    /// order that does not exist, or a change the order's rules refuse.
    /// </summary>
    public bool CanRetry(OrderMessage message, Exception failure) =>
        failure is not (UnprocessableMessageException or OrderNotFoundException or BusinessRuleValidationException or OperationCanceledException)
        && message.RetryAttempt < settings.ScheduledRetries;

    /// <param name="failure">A failure that names its own pause (a partner's 429) is not retried sooner than that.</param>
    public async Task ScheduleAsync(OrderMessage message, CancellationToken cancellationToken, Exception? failure = null)
    {
        var attempt = message.RetryAttempt + 1;
        var delay = settings.RetryBaseDelay * Math.Pow(Growth, attempt - 1) * (0.8 + (Random.Shared.NextDouble() * 0.4));
        if (failure is IRetryAfter { RetryAfter: var pause } && pause > delay)
        {
            delay = pause;
        }

        var data = new Dictionary<string, string>(message.Data ?? new Dictionary<string, string>())
        {
            [OrderMessageData.RetryOf] = message.InboxId,
            [OrderMessageData.RetryAttempt] = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var now = clock.GetUtcNow();
        await publisher.PublishAsync(
            new OutboxMessage($"{message.InboxId}:retry-{attempt}", message.Type, message.OrderId, now, data, now + delay),
            cancellationToken);
    }
}
