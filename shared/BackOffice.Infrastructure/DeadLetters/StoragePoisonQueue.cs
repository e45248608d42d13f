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
    private const int ScanLimit = 1000;
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

        var held = new List<QueueMessage>();
        var matches = 0;
        try
        {
            while (matches < maxMatches && held.Count < ScanLimit)
            {
                QueueMessage[] batch = await poison.ReceiveMessagesAsync(PeekLimit, Hold, cancellationToken);
                counter.Count("queue.receive");
                if (batch.Length == 0)
                {
                    break;
                }

                foreach (var message in batch)
                {
                    var letter = new DeadLetteredMessage(message.MessageId, message.Body.ToString(), null, null, message.InsertedOn);
                    if (matches >= maxMatches || !match(letter))
                    {
                        held.Add(message);
                        continue;
                    }

                    matches++;
                    bool replayed;
                    try
                    {
                        replayed = await replay(letter, cancellationToken);
                    }
                    catch
                    {
                        held.Add(message);
                        throw;
                    }

                    if (replayed)
                    {
                        await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                        counter.Count("queue.delete");
                    }
                    else
                    {
                        held.Add(message);
                    }
                }
            }
        }
        finally
        {
            // Not cancellable: a message left invisible would vanish from the ops page for the rest of the hold.
            foreach (var message in held)
            {
                await ReleaseAsync(message);
            }
        }

        return matches;
    }

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
