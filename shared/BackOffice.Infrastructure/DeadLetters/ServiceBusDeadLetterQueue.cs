using Azure.Messaging.ServiceBus;
using BackOffice.Application.Ops.DeadLetters;

namespace BackOffice.Infrastructure.DeadLetters;

/// <summary>
/// The order queue's dead-letter sub-queue ("&lt;queue&gt;/$deadletterqueue"). Service Bus keeps the reason, description
/// and delivery count with each message; the id is its sequence number. A dead-letter queue has no sessions even when its
/// queue has them, so a plain receiver reads it. A replay locks messages (peek-lock), completes those it replayed and
/// abandons the rest at the end of the pass, so that one pass does not meet the same message twice.
/// </summary>
/// <param name="receiver">Makes a receiver on the dead-letter sub-queue (peek-lock); disposed after each use.</param>
internal sealed class ServiceBusDeadLetterQueue(string queueName, Func<ServiceBusReceiver> receiver, StorageOperationCounter counter) : IDeadLetterQueue
{
    private const int Batch = 50;
    private static readonly TimeSpan EmptyWait = TimeSpan.FromSeconds(2);

    public string Source => $"{queueName}/$deadletterqueue";

    public async Task<DeadLetterPage> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var reader = receiver();
        var letters = new List<DeadLetteredMessage>();
        long? fromSequenceNumber = null;
        while (letters.Count < limit)
        {
            var page = await reader.PeekMessagesAsync(Math.Min(Batch, limit - letters.Count), fromSequenceNumber, cancellationToken);
            counter.Count("servicebus.peek");
            if (page.Count == 0)
            {
                break;
            }

            letters.AddRange(page.Select(Letter));
            fromSequenceNumber = page[^1].SequenceNumber + 1;
        }

        return new DeadLetterPage(letters, letters.Count);
    }

    public async Task<int> ReplayAsync(
        Func<DeadLetteredMessage, bool> match,
        Func<DeadLetteredMessage, CancellationToken, Task<bool>> replay,
        int maxMatches,
        CancellationToken cancellationToken)
    {
        await using var reader = receiver();
        var pass = new DeadLetterReplayPass<ServiceBusReceivedMessage>(
            async token =>
            {
                var batch = await reader.ReceiveMessagesAsync(Batch, EmptyWait, token);
                counter.Count("servicebus.receive");
                return batch;
            },
            Letter,
            async (message, token) =>
            {
                await reader.CompleteMessageAsync(message, token);
                counter.Count("servicebus.complete");
            },
            // Not cancellable: an unreleased lock hides the message until it expires.
            message => reader.AbandonMessageAsync(message, cancellationToken: CancellationToken.None));
        return await pass.RunAsync(match, replay, maxMatches, cancellationToken);
    }

    private static DeadLetteredMessage Letter(ServiceBusReceivedMessage message) => new(
        message.SequenceNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        message.Body.ToString(),
        message.DeadLetterErrorDescription is { Length: > 0 } description ? $"{message.DeadLetterReason}: {description}" : message.DeadLetterReason,
        message.DeliveryCount,
        message.EnqueuedTime == default ? null : message.EnqueuedTime);
}
