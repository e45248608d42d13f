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
    /// A wait for another run's claim is always retried: it is not a failure of the work.
    public bool CanRetry(OrderMessage message, Exception failure) =>
        failure is WorkClaimedElsewhereException
        || (failure is not (UnprocessableMessageException or OrderNotFoundException or BusinessRuleValidationException or OperationCanceledException)
            && message.RetryAttempt < settings.ScheduledRetries);

    /// <param name="failure">
    /// A failure that names its own pause (a partner's 429) is not retried sooner than that. A wait for another run's
    /// claim comes back when the claim lapses, and keeps the attempt number: it used no retry.
    /// </param>
    public async Task ScheduleAsync(OrderMessage message, CancellationToken cancellationToken, Exception? failure = null)
    {
        if (failure is WorkClaimedElsewhereException claimed)
        {
            // One copy per claim: copies of one message waiting for the same claim send the same id, which the
            // transport's duplicate detection (Service Bus) keeps once.
            var wait = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"wait-{claimed.Until.ToUnixTimeMilliseconds()}");
            await PublishAsync(message, message.RetryAttempt, $"{message.InboxId}:{wait}", claimed.RetryAfter, cancellationToken);
            return;
        }

        var attempt = message.RetryAttempt + 1;
        var delay = settings.RetryBaseDelay * Math.Pow(Growth, attempt - 1) * (0.8 + (Random.Shared.NextDouble() * 0.4));
        if (failure is IRetryAfter { RetryAfter: var pause } && pause > delay)
        {
            delay = pause;
        }

        await PublishAsync(message, attempt, $"{message.InboxId}:retry-{attempt}", delay, cancellationToken);
    }

    private async Task PublishAsync(OrderMessage message, int attempt, string messageId, TimeSpan delay, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, string>(message.Data ?? new Dictionary<string, string>())
        {
            [OrderMessageData.RetryOf] = message.InboxId,
            [OrderMessageData.RetryAttempt] = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var now = clock.GetUtcNow();
        await publisher.PublishAsync(new OutboxMessage(messageId, message.Type, message.OrderId, now, data, now + delay), cancellationToken);
    }
}
