using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using BackOffice.Application.Ops.DeadLetters;

namespace BackOffice.Infrastructure.DeadLetters;

/// <summary>
/// The Storage poison queue the Functions host fills ("&lt;queue&gt;-poison"). The host copies only the body there, so
/// the reason and delivery count come from the failure log. A peek shows at most 32 messages (the service's limit); a
/// replay takes messages invisible, removes those it replayed and makes the others visible again.
/// </summary>
internal sealed class StoragePoisonQueue(QueueClient poison, StorageOperationCounter counter) : IDeadLetterQueue
{
    private const int PeekLimit = 32;
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(2);

    public string Source => poison.Name;

    public async Task<DeadLetterPage> ListAsync(int limit, CancellationToken cancellationToken)
    {
        if (!(await poison.ExistsAsync(cancellationToken)).Value)
        {
            return new DeadLetterPage([], 0);
        }

        var properties = await poison.GetPropertiesAsync(cancellationToken);
        PeekedMessage[] peeked = await poison.PeekMessagesAsync(Math.Min(limit, PeekLimit), cancellationToken);
        counter.Count("queue.peek");
        return new DeadLetterPage(
            [.. peeked.Select(message => new DeadLetteredMessage(message.MessageId, message.Body.ToString(), null, null, message.InsertedOn))],
            Math.Max(properties.Value.ApproximateMessagesCount, peeked.Length));
    }

    public async Task<int> ReplayAsync(
        Func<DeadLetteredMessage, bool> match,
        Func<DeadLetteredMessage, CancellationToken, Task<bool>> replay,
        int maxMatches,
        CancellationToken cancellationToken)
    {
        if (!(await poison.ExistsAsync(cancellationToken)).Value)
        {
            return 0;
        }

        var pass = new DeadLetterReplayPass<QueueMessage>(
            async token =>
            {
                QueueMessage[] batch = await poison.ReceiveMessagesAsync(PeekLimit, Hold, token);
                counter.Count("queue.receive");
                return batch;
            },
            Letter,
            async (message, token) =>
            {
                await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, token);
                counter.Count("queue.delete");
            },
            // A message left invisible would vanish from the ops page for the rest of the hold.
            ReleaseAsync);
        return await pass.RunAsync(match, replay, maxMatches, cancellationToken);
    }

    private static DeadLetteredMessage Letter(QueueMessage message) =>
        new(message.MessageId, message.Body.ToString(), null, null, message.InsertedOn);

    private async Task ReleaseAsync(QueueMessage message)
    {
        try
        {
            await poison.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: CancellationToken.None);
            counter.Count("queue.update");
        }
        catch (Azure.RequestFailedException exception) when (exception.Status == 404)
        {
            // Someone else removed it meanwhile (another replay): nothing to give back.
        }
    }
}
