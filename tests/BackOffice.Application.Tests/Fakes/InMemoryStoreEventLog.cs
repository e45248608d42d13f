using BackOffice.Application.StoreEvents;

namespace BackOffice.Application.Tests.Fakes;

/// <summary>Keeps each order's log with an ETag per write and refuses a stale one, as Table storage does.</summary>
internal sealed class InMemoryStoreEventLog : IStoreEventLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoreEventLog> _logs = [];
    private int _version;

    public int Saves { get; private set; }

    public int Reads { get; private set; }

    public Task<StoreEventLog> ReadAsync(string orderId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Reads++;
            return Task.FromResult(_logs.TryGetValue(orderId, out var log) ? log : StoreEventLog.Empty(orderId));
        }
    }

    public Task<StoreEventLog?> TrySaveAsync(StoreEventLog log, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var current = _logs.GetValueOrDefault(log.OrderId);
            if (current?.ETag != log.ETag)
            {
                return Task.FromResult<StoreEventLog?>(null);
            }

            Saves++;
            var saved = log with { ETag = $"\"{++_version}\"" };
            _logs[log.OrderId] = saved;
            return Task.FromResult<StoreEventLog?>(saved);
        }
    }

    public Task<IReadOnlyList<StoreEventLog>> ListFailingAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<StoreEventLog>>([.. _logs.Values.Where(log => log.IsFailing).Take(limit)]);
        }
    }
}
