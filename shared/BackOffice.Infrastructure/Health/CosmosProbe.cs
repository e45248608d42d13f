using BackOffice.Application.Health;
using Microsoft.Azure.Cosmos;

namespace BackOffice.Infrastructure.Health;

internal sealed class CosmosProbe(Container container) : IDependencyProbe
{
    public string Name => "cosmos";

    public async Task ProbeAsync(CancellationToken cancellationToken) =>
        await container.ReadContainerAsync(cancellationToken: cancellationToken);
}
