using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using BackOffice.Infrastructure.Cosmos;
using Microsoft.Azure.Cosmos;

namespace BackOffice.Bench;

/// <summary>
/// Runs each kind of storage operation the hub makes, alone, from <see cref="BenchOptions.Concurrency"/> concurrent
/// callers for <see cref="BenchOptions.Duration"/>, in scratch containers it deletes afterwards.
/// </summary>
public sealed class EmulatorProbe(BenchOptions options, Container cosmos, QueueClient queue, BlobContainerClient blobs, TableClient table)
{
    private static readonly byte[] Payload = new byte[2048];

    public static async Task<EmulatorProbe> CreateAsync(BenchOptions options)
    {
        var cosmosClient = CosmosClientFactory.Create(new CosmosOptions
        {
            Endpoint = options.Value("Cosmos__Endpoint"),
            Key = options.Value("Cosmos__Key"),
            AcceptAnyServerCertificate = options.Values.TryGetValue("Cosmos__AcceptAnyServerCertificate", out var any) && bool.Parse(any),
        });
        var database = (await cosmosClient.CreateDatabaseIfNotExistsAsync("bench-probe")).Database;
        var container = (await database.CreateContainerIfNotExistsAsync("probe", "/id")).Container;

        var storage = options.Value("AzureWebJobsStorage");
        var queue = new QueueClient(storage, "bench-probe");
        await queue.CreateIfNotExistsAsync();
        var blobs = new BlobContainerClient(storage, "bench-probe");
        await blobs.CreateIfNotExistsAsync();
        var table = new TableClient(storage, "benchprobe");
        await table.CreateIfNotExistsAsync();
        return new EmulatorProbe(options, container, queue, blobs, table);
    }

    public async Task<EmulatorRates> MeasureAsync()
    {
        try
        {
            var created = new List<string>();
            var cosmosCreate = await RateAsync(async i =>
            {
                var id = $"probe-{Guid.NewGuid():N}";
                lock (created)
                {
                    created.Add(id);
                }

                await cosmos.CreateItemAsync(new ProbeDocument(id, i, new string('x', 2048)), new PartitionKey(id));
            });
            var ids = created.ToArray();
            var cosmosRead = await RateAsync(i => cosmos.ReadItemAsync<ProbeDocument>(ids[i % ids.Length], new PartitionKey(ids[i % ids.Length])));
            var cosmosReplace = await RateAsync(i =>
            {
                var id = $"{ids[i % ids.Length]}";
                return cosmos.UpsertItemAsync(new ProbeDocument(id, i, new string('y', 2048)), new PartitionKey(id));
            });
            var queueSend = await RateAsync(_ => queue.SendMessageAsync(Convert.ToBase64String(Payload.AsSpan(0, 512))));
            var blobUpload = await RateAsync(i => blobs.UploadBlobAsync($"probe/{Guid.NewGuid():N}", new BinaryData(Payload)));
            var tableOperation = await RateAsync(i => table.UpsertEntityAsync(new TableEntity($"p{i % 64}", Guid.NewGuid().ToString("N")) { ["Value"] = i }));
            return new EmulatorRates(cosmosCreate, cosmosRead, cosmosReplace, queueSend, blobUpload, tableOperation);
        }
        finally
        {
            await cosmos.Database.DeleteAsync();
            await queue.DeleteIfExistsAsync();
            await blobs.DeleteIfExistsAsync();
            await table.DeleteAsync();
        }
    }

    private async Task<double> RateAsync(Func<int, Task> operation)
    {
        var count = 0;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Concurrency).Select(async _ =>
        {
            while (stopwatch.Elapsed < options.Duration)
            {
                await operation(Interlocked.Increment(ref count));
            }
        });
        await Task.WhenAll(workers);
        return Math.Round(count / stopwatch.Elapsed.TotalSeconds, 1);
    }

    private sealed record ProbeDocument(string id, int Sequence, string Body);
}
