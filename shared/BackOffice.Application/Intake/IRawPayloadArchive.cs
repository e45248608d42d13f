namespace BackOffice.Application.Intake;

/// <summary>Keeps every accepted inbound payload byte for byte, for audit and replay.</summary>
public interface IRawPayloadArchive
{
    /// <returns>Where the payload was stored.</returns>
    Task<string> StoreAsync(DeliverySource source, string deliveryId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);

    /// <param name="location">What <see cref="StoreAsync"/> returned.</param>
    /// <returns>Null when nothing is stored there.</returns>
    Task<byte[]?> ReadAsync(string location, CancellationToken cancellationToken);
}
