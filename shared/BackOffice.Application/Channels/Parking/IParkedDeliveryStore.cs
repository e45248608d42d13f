namespace BackOffice.Application.Channels.Parking;

/// <summary>Where parked deliveries wait for a person: the entry and its raw payload.</summary>
public interface IParkedDeliveryStore
{
    /// <summary>Keeps the delivery; parking the same id again replaces its entry and payload (the latest reason wins).</summary>
    Task ParkAsync(ParkedDelivery delivery, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    Task<IReadOnlyList<ParkedDelivery>> ListAsync(CancellationToken cancellationToken);

    Task<ParkedDelivery?> FindAsync(string id, CancellationToken cancellationToken);

    Task<ReadOnlyMemory<byte>?> ReadPayloadAsync(string id, CancellationToken cancellationToken);

    /// <summary>Forgets the delivery (resumed or dismissed); removing one that is gone changes nothing.</summary>
    Task RemoveAsync(string id, CancellationToken cancellationToken);
}
