using BackOffice.Application.Ops.DeadLetters;

namespace BackOffice.Infrastructure.DeadLetters;

/// <summary>
/// One replay pass over a dead-letter store that hands out messages under a lock (Service Bus peek-lock, a Storage
/// queue's invisibility): each matching message is replayed and removed once its replay took; every other message it
/// took is given back at the end, also on failure, so that one pass never meets the same message twice and nothing
/// stays hidden from the ops page.
/// </summary>
/// <param name="receiveBatch">Takes the next batch under lock; empty when the store has no more.</param>
/// <param name="letterOf">What ops and the replay see of a message.</param>
/// <param name="removeAsync">Removes a replayed message for good.</param>
/// <param name="releaseAsync">Gives a message back; called without cancellation, since a lock left held hides it.</param>
internal sealed class DeadLetterReplayPass<TMessage>(
    Func<CancellationToken, Task<IReadOnlyList<TMessage>>> receiveBatch,
    Func<TMessage, DeadLetteredMessage> letterOf,
    Func<TMessage, CancellationToken, Task> removeAsync,
    Func<TMessage, Task> releaseAsync)
{
    private const int ScanLimit = 1000;

    public async Task<int> RunAsync(
        Func<DeadLetteredMessage, bool> match,
        Func<DeadLetteredMessage, CancellationToken, Task<bool>> replay,
        int maxMatches,
        CancellationToken cancellationToken)
    {
        var held = new List<TMessage>();
        var matches = 0;
        var scanned = 0;
        try
        {
            while (matches < maxMatches && scanned < ScanLimit)
            {
                var batch = await receiveBatch(cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                scanned += batch.Count;
                foreach (var message in batch)
                {
                    var letter = letterOf(message);
                    if (matches >= maxMatches || !match(letter))
                    {
                        held.Add(message);
                        continue;
                    }

                    matches++;
                    if (await ReplayAsync(message, letter, replay, held, cancellationToken))
                    {
                        await removeAsync(message, cancellationToken);
                    }
                }
            }
        }
        finally
        {
            foreach (var message in held)
            {
                await releaseAsync(message);
            }
        }

        return matches;
    }

    private static async Task<bool> ReplayAsync(
        TMessage message,
        DeadLetteredMessage letter,
        Func<DeadLetteredMessage, CancellationToken, Task<bool>> replay,
        List<TMessage> held,
        CancellationToken cancellationToken)
    {
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

        if (!replayed)
        {
            held.Add(message);
        }

        return replayed;
    }
}
