using Azure.Storage.Queues;
using BackOffice.Application.Messaging;

namespace BackOffice.Infrastructure.Messaging;

/// <summary>
/// Storage queues have no duplicate detection: a re-sent message arrives twice, and the order's inbox makes that harmless.
/// </summary>
internal sealed class StorageQueueMessagePublisher(QueueClient queue, TimeProvider clock, StorageOperationCounter counter) : IMessagePublisher
{
    private static readonly TimeSpan MaximumDelay = TimeSpan.FromDays(7);

    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        // A message sent invisible is how Storage queues schedule delivery; they cap the wait at seven days.
        var delay = message.NotBefore is { } notBefore ? notBefore - clock.GetUtcNow() : TimeSpan.Zero;
        await queue.SendMessageAsync(
            OrderMessageSerializer.Serialize(OrderMessage.From(message)),
            delay > TimeSpan.Zero ? TimeSpan.FromTicks(Math.Min(delay.Ticks, MaximumDelay.Ticks)) : null,
            timeToLive: null,
            cancellationToken);
        counter.Count("queue.send");
    }

    /// <summary>Storage queues have no batch send: one request per message, in the change's order.</summary>
    public async Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await PublishAsync(message, cancellationToken);
        }
    }
}
