using BackOffice.Application.Intake;

namespace BackOffice.Application.Tests.Fakes;

internal sealed class InMemoryArchive : IRawPayloadArchive
{
    public Dictionary<string, byte[]> Blobs { get; } = [];

    public Task<string> StoreAsync(DeliverySource source, string deliveryId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var name = $"{source.Name}/{deliveryId}.json";
        lock (Blobs)
        {
            Blobs[name] = body.ToArray();
        }

        return Task.FromResult(name);
    }

    public Task<byte[]?> ReadAsync(string location, CancellationToken cancellationToken) => Task.FromResult(Blobs.GetValueOrDefault(location));
}
