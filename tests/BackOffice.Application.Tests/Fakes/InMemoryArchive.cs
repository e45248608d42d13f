using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Fakes;

internal sealed class InMemoryArchive : IRawPayloadArchive
{
    public Dictionary<string, byte[]> Blobs { get; } = [];

    public Task<string> StoreAsync(SalesChannel channel, string deliveryId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var name = $"{channel}/{deliveryId}.json";
        Blobs[name] = body.ToArray();
        return Task.FromResult(name);
    }
}
