namespace BackOffice.Application.Partners.Storefronts;

/// <summary>VTEX OMS as a source of orders: the order itself (hooks carry no order data) and the feed that backs the hook up.</summary>
public interface IVtexOrderSource
{
    /// <returns>The order JSON as the OMS serves it, or null when VTEX has no such order.</returns>
    Task<ReadOnlyMemory<byte>?> GetOrderAsync(string orderId, CancellationToken cancellationToken);

    Task<IReadOnlyList<StorefrontFeedEvent>> ReadFeedAsync(int maxEvents, CancellationToken cancellationToken);

    /// <summary>Removes the events from the feed; only for events whose order change is durably handled.</summary>
    Task CommitFeedAsync(IReadOnlyCollection<string> handles, CancellationToken cancellationToken);
}
