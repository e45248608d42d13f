using System.Collections.Concurrent;

namespace BackOffice.Infrastructure;

/// <summary>
/// Counts storage and messaging operations by kind since start-up, so the cost of an order is measured, not estimated.
/// </summary>
public sealed class StorageOperationCounter
{
    private readonly ConcurrentDictionary<string, long> _counts = new();

    public void Count(string operation) => _counts.AddOrUpdate(operation, 1, (_, count) => count + 1);

    public IReadOnlyDictionary<string, long> Snapshot() =>
        new SortedDictionary<string, long>(_counts.ToDictionary(pair => pair.Key, pair => pair.Value));
}
