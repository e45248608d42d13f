namespace BackOffice.Application.Ops.DeadLetters;

/// <summary>The order queue's dead letters: the Storage poison queue, or the Service Bus queue's dead-letter sub-queue.</summary>
public interface IDeadLetterQueue
{
    /// <summary>Where the dead letters are, for ops: "order-messages-poison", say.</summary>
    string Source { get; }

    /// <summary>Looks without taking: what is listed stays where it is.</summary>
    Task<DeadLetterPage> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Takes each dead letter that <paramref name="match"/> accepts (hidden from other readers meanwhile) and hands it to
    /// <paramref name="replay"/>; removes it when that answers true, leaves it where it was when it answers false or throws.
    /// Stops after <paramref name="maxMatches"/> matches.
    /// </summary>
    /// <returns>How many matched.</returns>
    Task<int> ReplayAsync(
        Func<DeadLetteredMessage, bool> match,
        Func<DeadLetteredMessage, CancellationToken, Task<bool>> replay,
        int maxMatches,
        CancellationToken cancellationToken);
}
