using BackOffice.Infrastructure.Cosmos;
using BackOffice.Infrastructure.Storage;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Infrastructure;

/// <summary>
/// Creates the database, containers, tables and queues the app uses. In Azure the infrastructure templates create them
/// and this stays off; locally the emulators start empty.
/// </summary>
public sealed class StorageProvisioner(CosmosClient cosmos, IOptions<CosmosOptions> cosmosOptions, StorageClients storage, ILogger<StorageProvisioner> logger)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var options = cosmosOptions.Value;
        var database = (await cosmos.CreateDatabaseIfNotExistsAsync(options.Database, cancellationToken: cancellationToken)).Database;
        await database.CreateContainerIfNotExistsAsync(new ContainerProperties(options.OrdersContainer, "/id"), cancellationToken: cancellationToken);
        foreach (var container in storage.Containers)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var table in storage.Tables)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }

        await storage.OrderQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        logger.LogInformation("Storage provisioned: Cosmos {Database}/{Container}, containers, tables and the order queue", options.Database, options.OrdersContainer);
    }
}
