using BackOffice.Application.Messaging;

namespace BackOffice.Application.Tests.Fakes;

internal sealed class RecordingPublisher : IMessagePublisher
{
    public List<OutboxMessage> Sent { get; } = [];

    /// <summary>The lifecycle's own messages: <see cref="Sent"/> without the store notices a hub-format order also sends.</summary>
    public IReadOnlyList<OutboxMessage> Steps => [.. Sent.Where(message => message.Type != OrderMessageTypes.NotifyStore)];

    public bool Fail { get; set; }

    /// <summary>
    /// The distinct ids of the messages of one type that were sent. A copy that found another copy's message still listed
    /// in the outbox sends it again under the same id, which the inbox (and Service Bus duplicate detection) drops: the
    /// guarantee is one id, not one send.
    /// </summary>
    public IReadOnlyList<string> IdsOf(string type)
    {
        lock (Sent)
        {
            return [.. Sent.Where(message => message.Type == type).Select(message => message.MessageId).Distinct()];
        }
    }

    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new IOException("queue unavailable");
        }

        lock (Sent)
        {
            Sent.Add(message);
        }

        return Task.CompletedTask;
    }

    public async Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await PublishAsync(message, cancellationToken);
        }
    }
}
