using Azure.Storage.Queues;
using BackOffice.Application.Messaging;

namespace BackOffice.Infrastructure.Messaging;

/// <summary>
/// Storage queues have no duplicate detection: a re-sent message arrives twice, and the order's inbox makes that harmless.
/// </summary>
internal sealed class StorageQueueMessagePublisher(QueueClient queue, StorageOperationCounter counter) : IMessagePublisher
{
    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await queue.SendMessageAsync(OrderMessageSerializer.Serialize(OrderMessage.From(message)), cancellationToken);
        counter.Count("queue.send");
    }
}
