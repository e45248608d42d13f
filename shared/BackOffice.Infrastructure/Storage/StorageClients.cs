using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace BackOffice.Infrastructure.Storage;

/// <summary>The blob containers, tables and queues of the storage account, made once from its connection string or identity.</summary>
public sealed class StorageClients
{
    private readonly StorageOptions _options;
    private readonly BlobServiceClient _blobs;
    private readonly TableServiceClient _tables;

    public StorageClients(StorageOptions options, string orderQueue, TokenCredential credential, TimeProvider? time = null)
    {
        _options = options;
        if (options.UsesIdentity)
        {
            _blobs = new BlobServiceClient(options.ServiceUri("blob"), credential);
            _tables = new TableServiceClient(options.ServiceUri("table"), credential);
            OrderQueue = new QueueClient(new Uri(options.ServiceUri("queue"), orderQueue), credential);
            PoisonQueue = new QueueClient(new Uri(options.ServiceUri("queue"), orderQueue + "-poison"), credential);
        }
        else
        {
            _blobs = new BlobServiceClient(options.ConnectionString);
            _tables = TableAccountSas.From(options.ConnectionString, time ?? TimeProvider.System)?.CreateClient() ?? new TableServiceClient(options.ConnectionString);
            OrderQueue = new QueueClient(options.ConnectionString, orderQueue);
            PoisonQueue = new QueueClient(options.ConnectionString, orderQueue + "-poison");
        }
    }

    public BlobContainerClient RawPayloads => _blobs.GetBlobContainerClient(_options.RawPayloadContainer);

    public BlobContainerClient Documents => _blobs.GetBlobContainerClient(_options.DocumentContainer);

    public TableClient Deliveries => _tables.GetTableClient(_options.DeliveryTable);

    public TableClient MessageFailures => _tables.GetTableClient(_options.MessageFailureTable);

    public TableClient CustomerIndex => _tables.GetTableClient(_options.CustomerIndexTable);

    public TableClient Stock => _tables.GetTableClient(_options.StockTable);

    public TableClient Catalog => _tables.GetTableClient(_options.CatalogTable);

    public BlobContainerClient CatalogLocks => _blobs.GetBlobContainerClient(_options.CatalogLockContainer);

    public TableClient StoreEvents => _tables.GetTableClient(_options.StoreEventTable);

    public TableClient Expedition => _tables.GetTableClient(_options.ExpeditionTable);

    public QueueClient OrderQueue { get; }

    /// <summary>Where the Functions host parks a message after maxDequeueCount failed deliveries: "&lt;queue&gt;-poison".</summary>
    public QueueClient PoisonQueue { get; }

    public IEnumerable<BlobContainerClient> Containers => [RawPayloads, Documents, CatalogLocks];

    public IEnumerable<TableClient> Tables => [Deliveries, Stock, StoreEvents, MessageFailures, CustomerIndex, Catalog, Expedition];
}
