using Azure.Storage.Blobs;
using BackOffice.Application.Health;

namespace BackOffice.Infrastructure.Health;

internal sealed class BlobProbe(BlobContainerClient container) : IDependencyProbe
{
    public string Name => "blob";

    public async Task ProbeAsync(CancellationToken cancellationToken) =>
        await container.GetPropertiesAsync(cancellationToken: cancellationToken);
}
