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

        lock (Sent)
        {
            Sent.Add(message);
        }

        return Task.CompletedTask;
    }
}
