using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace BackOffice.Infrastructure.Storage;

/// <summary>The blob containers, tables and queues of the storage account, made once from its connection string.</summary>
public sealed class StorageClients(StorageOptions options, string orderQueue)
{
    private readonly BlobServiceClient _blobs = new(options.ConnectionString);
    private readonly TableServiceClient _tables = new(options.ConnectionString);

    public BlobContainerClient RawPayloads => _blobs.GetBlobContainerClient(options.RawPayloadContainer);

    public BlobContainerClient Documents => _blobs.GetBlobContainerClient(options.DocumentContainer);

    public TableClient Deliveries => _tables.GetTableClient(options.DeliveryTable);

    public TableClient Stock => _tables.GetTableClient(options.StockTable);

    public TableClient MessageFailures => _tables.GetTableClient(options.MessageFailureTable);

    public TableClient CustomerIndex => _tables.GetTableClient(options.CustomerIndexTable);

    public QueueClient OrderQueue { get; } = new(options.ConnectionString, orderQueue);

    /// <summary>Where the Functions host parks a message after maxDequeueCount failed deliveries: "&lt;queue&gt;-poison".</summary>
    public QueueClient PoisonQueue { get; } = new(options.ConnectionString, orderQueue + "-poison");

    public IEnumerable<BlobContainerClient> Containers => [RawPayloads, Documents];

    public IEnumerable<TableClient> Tables => [Deliveries, Stock, MessageFailures, CustomerIndex];
}
