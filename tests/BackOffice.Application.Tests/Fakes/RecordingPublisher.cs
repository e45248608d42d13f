using BackOffice.Application.Messaging;

namespace BackOffice.Application.Tests.Fakes;

internal sealed class RecordingPublisher : IMessagePublisher
{
    public List<OutboxMessage> Sent { get; } = [];

    public bool Fail { get; set; }

    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new IOException("queue unavailable");
        }

        Sent.Add(message);
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
