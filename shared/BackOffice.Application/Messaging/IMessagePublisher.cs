namespace BackOffice.Application.Messaging;

/// <summary>Sends order messages over whichever transport is configured (Storage queues or Service Bus).</summary>
public interface IMessagePublisher
{
    /// <summary>Sends the message; the transport de-duplicates on <see cref="OutboxMessage.MessageId"/> where it can.</summary>
    Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Sends the messages of one change; a transport that can send them in one round trip does (a batch).</summary>
    Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);
}
