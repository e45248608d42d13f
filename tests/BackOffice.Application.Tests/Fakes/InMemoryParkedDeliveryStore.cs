using BackOffice.Application.Channels.Parking;

namespace BackOffice.Application.Tests.Fakes;

internal sealed class InMemoryParkedDeliveryStore : IParkedDeliveryStore
{
    public Dictionary<string, (ParkedDelivery Delivery, byte[] Payload)> Parked { get; } = [];

    public Task ParkAsync(ParkedDelivery delivery, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        Parked[delivery.Id] = (delivery, payload.ToArray());
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ParkedDelivery>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ParkedDelivery>>([.. Parked.Values.Select(entry => entry.Delivery).OrderByDescending(delivery => delivery.ReceivedAt)]);

    public Task<ParkedDelivery?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Parked.TryGetValue(id, out var entry) ? entry.Delivery : null);

    public Task<ReadOnlyMemory<byte>?> ReadPayloadAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult<ReadOnlyMemory<byte>?>(Parked.TryGetValue(id, out var entry) ? entry.Payload : null);

    public Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        Parked.Remove(id);
        return Task.CompletedTask;
    }
}
