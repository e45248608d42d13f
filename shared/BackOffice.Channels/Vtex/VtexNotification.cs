namespace BackOffice.Channels.Vtex;

/// <summary>One order state change, as the hook or the feed reports it.</summary>
/// <param name="Body">What was received (the hook's body, or the feed item), archived as the delivery.</param>
public sealed record VtexNotification(string OrderId, string State, DateTimeOffset LastChange, ReadOnlyMemory<byte> Body)
{
    public string DeliveryId => VtexHookDeduplicationKey.For(OrderId, State, LastChange);
}
