using BackOffice.Application.Ops.DeadLetters;

namespace BackOffice.Application.Tests.Fakes;

internal sealed class InMemoryMessageFailureLog : IMessageFailureLog
{
    private readonly Dictionary<string, MessageFailure> _failures = [];

    public Task RecordAsync(MessageFailure failure, CancellationToken cancellationToken)
    {
        _failures[failure.Key] = failure;
        return Task.CompletedTask;
    }

    public Task<MessageFailure?> FindAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_failures.GetValueOrDefault(key));
}
