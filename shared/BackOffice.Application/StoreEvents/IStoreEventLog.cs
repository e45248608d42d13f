namespace BackOffice.Application.StoreEvents;

/// <summary>Where the delivery log of each order's store events is kept.</summary>
public interface IStoreEventLog
{
    /// <returns>The order's log, empty (no ETag) when nothing was logged yet.</returns>
    Task<StoreEventLog> ReadAsync(string orderId, CancellationToken cancellationToken);

    /// <returns>The log as saved (its new ETag), or null when it changed since it was read (or was created meanwhile).</returns>
    Task<StoreEventLog?> TrySaveAsync(StoreEventLog log, CancellationToken cancellationToken);

    /// <summary>Logs with an event retried for the whole window: what waits for a person.</summary>
    Task<IReadOnlyList<StoreEventLog>> ListFailingAsync(int limit, CancellationToken cancellationToken);
}
