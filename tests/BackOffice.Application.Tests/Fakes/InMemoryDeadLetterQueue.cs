using BackOffice.Application.Ops.DeadLetters;

namespace BackOffice.Application.Tests.Fakes;

/// <summary>A poison queue in a list: what a replay removes is gone, what it keeps stays.</summary>
internal sealed class InMemoryDeadLetterQueue : IDeadLetterQueue
{
    public List<DeadLetteredMessage> Messages { get; } = [];

    public string Source => "order-messages-poison";

    public Task<DeadLetterPage> ListAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult(new DeadLetterPage([.. Messages.Take(limit)], Messages.Count));

    public async Task<int> ReplayAsync(
        Func<DeadLetteredMessage, bool> match, Func<DeadLetteredMessage, CancellationToken, Task<bool>> replay, int maxMatches, CancellationToken cancellationToken)
    {
        var matched = Messages.Where(match).Take(maxMatches).ToList();
        foreach (var message in matched)
        {
            if (await replay(message, cancellationToken))
            {
                Messages.Remove(message);
            }
        }

        return matched.Count;
    }
}
