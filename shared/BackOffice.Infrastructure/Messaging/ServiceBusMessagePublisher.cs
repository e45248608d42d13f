using Azure.Messaging.ServiceBus;
using BackOffice.Application.Messaging;

namespace BackOffice.Infrastructure.Messaging;

/// <summary>
/// Sends order messages to the Service Bus queue through the SDK. MessageId (the outbox id) gives the queue's duplicate
/// detection its key, SessionId = order id keeps one order's messages in order, and ScheduledEnqueueTime holds a retry
/// back until its back-off is over. The messages of one change go out as one batch: one round trip, all or none.
/// </summary>
internal sealed class ServiceBusMessagePublisher(ServiceBusSender sender, StorageOperationCounter counter) : IMessagePublisher
{
    public const string JsonContentType = "application/json";

    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await sender.SendMessageAsync(ToServiceBusMessage(message), cancellationToken);
        counter.Count("servicebus.send");
    }

    public async Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var batch = await sender.CreateMessageBatchAsync(cancellationToken);
        try
        {
            foreach (var message in messages)
            {
                var serviceBusMessage = ToServiceBusMessage(message);
                if (batch.TryAddMessage(serviceBusMessage))
                {
                    continue;
                }

                // A full batch goes out and a new one starts; a message too large for an empty batch can never be sent.
                await SendAsync(batch, cancellationToken);
                batch.Dispose();
                batch = await sender.CreateMessageBatchAsync(cancellationToken);
                if (!batch.TryAddMessage(serviceBusMessage))
                {
                    throw new InvalidOperationException(
                        $"Message {message.MessageId} is larger than a Service Bus batch allows ({batch.MaxSizeInBytes} bytes).");
                }
            }

            await SendAsync(batch, cancellationToken);
        }
        finally
        {
            batch.Dispose();
        }
    }

    /// <summary>The one mapping from an outbox message to what the queue carries.</summary>
    public static ServiceBusMessage ToServiceBusMessage(OutboxMessage message)
    {
        var serviceBusMessage = new ServiceBusMessage(BinaryData.FromString(OrderMessageSerializer.Serialize(OrderMessage.From(message))))
        {
            MessageId = message.MessageId,
            SessionId = message.OrderId,
            Subject = message.Type,
            ContentType = JsonContentType,
        };

        // Only a back-off copy is scheduled: setting the time at all (even to its default) annotates the message.
        if (message.NotBefore is { } notBefore)
        {
            serviceBusMessage.ScheduledEnqueueTime = notBefore.ToUniversalTime();
        }

        return serviceBusMessage;
    }

    private async Task SendAsync(ServiceBusMessageBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        await sender.SendMessagesAsync(batch, cancellationToken);
        counter.Count("servicebus.send", batch.Count);
    }
}
