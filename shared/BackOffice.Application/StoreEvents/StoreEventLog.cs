namespace BackOffice.Application.StoreEvents;

/// <summary>
/// Every event of one order for its store, in sequence, stored as one record with an ETag: each claim and each result is
/// a compare-and-swap on it, so two couriers of one order never send the same event at once, nor a later one first.
/// </summary>
/// <param name="ETag">Null until first saved.</param>
public sealed record StoreEventLog(string OrderId, string? ETag, IReadOnlyList<StoreEventDelivery> Deliveries)
{
    public static StoreEventLog Empty(string orderId) => new(orderId, null, []);

    public bool Has(int sequence) => Deliveries.Any(delivery => delivery.Sequence == sequence);

    public StoreEventDelivery? Find(int sequence) => Deliveries.FirstOrDefault(delivery => delivery.Sequence == sequence);

    /// <summary>The first event not delivered yet: the only one that may be sent now.</summary>
    public StoreEventDelivery? Head => Deliveries.FirstOrDefault(delivery => delivery.State != StoreEventState.Delivered);

    public bool IsFailing => Deliveries.Any(delivery => delivery.State == StoreEventState.Failed);

    public StoreEventLog With(IEnumerable<StoreEventDelivery> added) =>
        this with { Deliveries = [.. Deliveries.Concat(added).OrderBy(delivery => delivery.Sequence)] };

    public StoreEventLog Replace(StoreEventDelivery delivery) =>
        this with { Deliveries = [.. Deliveries.Select(existing => existing.Sequence == delivery.Sequence ? delivery : existing)] };
}
