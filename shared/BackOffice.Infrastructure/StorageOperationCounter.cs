using System.Collections.Concurrent;

namespace BackOffice.Infrastructure;

/// <summary>
/// Counts storage and messaging operations by the function that caused them and by kind, since start-up, so the cost
/// of an order is measured, not estimated.
/// </summary>
public sealed class StorageOperationCounter
{
    /// <summary>The kind under which a function's invocations are counted beside its operations, so each step's cost is a ratio.</summary>
    public const string Invocation = "invocation";

    private const string Unscoped = "(none)";

    private static readonly AsyncLocal<string?> CurrentFunction = new();

    private readonly ConcurrentDictionary<(string Function, string Operation), long> _counts = new();

    /// <summary>
    /// Counts one invocation of <paramref name="function"/> and attributes the operations of the current invocation, and of
    /// what it awaits, to it. Nested, the inner name wins (a message's step within the function that received it).
    /// </summary>
    public IDisposable BeginInvocation(string function)
    {
        var outer = CurrentFunction.Value;
        CurrentFunction.Value = function;
        Count(Invocation);
        return new Restore(outer);
    }

    public void Count(string operation, int times = 1) =>
        _counts.AddOrUpdate((CurrentFunction.Value ?? Unscoped, operation), times, (_, count) => count + times);

    /// <summary>Function name to operation kind to count.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> Snapshot() =>
        new SortedDictionary<string, IReadOnlyDictionary<string, long>>(_counts
            .GroupBy(pair => pair.Key.Function)
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlyDictionary<string, long>)new SortedDictionary<string, long>(group.ToDictionary(pair => pair.Key.Operation, pair => pair.Value))));

    private sealed class Restore(string? outer) : IDisposable
    {
        public void Dispose() => CurrentFunction.Value = outer;
    }
}
