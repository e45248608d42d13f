using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using BackOffice.Infrastructure.Cosmos;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Infrastructure;

/// <summary>
/// Creates the database, containers, tables and queues the app uses. In Azure the infrastructure templates create them
/// and this stays off; locally the emulators start empty.
/// </summary>
public sealed class StorageProvisioner(
    CosmosClient cosmos,
    IOptions<CosmosOptions> cosmosOptions,
    BlobContainerClient rawPayloads,
    TableClient deliveries,
    IEnumerable<QueueClient> queues,
    ILogger<StorageProvisioner> logger)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var options = cosmosOptions.Value;
        var database = (await cosmos.CreateDatabaseIfNotExistsAsync(options.Database, cancellationToken: cancellationToken)).Database;
        await database.CreateContainerIfNotExistsAsync(new ContainerProperties(options.OrdersContainer, "/id"), cancellationToken: cancellationToken);
        await rawPayloads.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await deliveries.CreateIfNotExistsAsync(cancellationToken);
        foreach (var queue in queues)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        logger.LogInformation("Storage provisioned: Cosmos {Database}/{Container}, blob {Blob}, table {Table}", options.Database, options.OrdersContainer, rawPayloads.Name, deliveries.Name);
    }
}
