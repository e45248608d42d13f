using Azure.Storage.Queues;
using BackOffice.Application.Health;

namespace BackOffice.Infrastructure.Health;

internal sealed class QueueProbe(QueueClient queue) : IDependencyProbe
{
    public string Name => "queue";

    public async Task ProbeAsync(CancellationToken cancellationToken) =>
        await queue.GetPropertiesAsync(cancellationToken);
}
