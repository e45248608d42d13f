using BackOffice.Application.Processing;
using BackOffice.Infrastructure.Cosmos;
using Microsoft.Azure.Cosmos;

namespace BackOffice.Infrastructure.Tests.Cosmos;

/// <summary>An order repository on a database of its own in the emulator, deleted when disposed.</summary>
internal sealed class ScratchRepository : IAsyncDisposable
{
    private readonly CosmosClient _client;
    private readonly string _database;

    private ScratchRepository(CosmosClient client, string database, CosmosOrderRepository repository)
    {
        _client = client;
        _database = database;
        Repository = repository;
    }

    public CosmosOrderRepository Repository { get; }

    public static async Task<ScratchRepository> CreateAsync()
    {
        var client = CosmosClientFactory.Create(new CosmosOptions
        {
            Endpoint = LocalSettings.Get("Cosmos__Endpoint"),
            Key = LocalSettings.Get("Cosmos__Key"),
            AcceptAnyServerCertificate = true,
        });
        var name = $"tests-{Guid.NewGuid():N}";
        var database = (await client.CreateDatabaseIfNotExistsAsync(name)).Database;
        var container = (await database.CreateContainerIfNotExistsAsync("orders", "/id")).Container;
        return new ScratchRepository(client, name, new CosmosOrderRepository(container, new StorageOperationCounter(), new DueWork(LifecycleSettings.Default)));
    }

    public async ValueTask DisposeAsync()
    {
        await _client.GetDatabase(_database).DeleteAsync();
        _client.Dispose();
    }
}
