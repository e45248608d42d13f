using Azure.Core;
using Azure.Identity;
using Azure.Messaging.ServiceBus;
using BackOffice.Application.Catalog;
using BackOffice.Application.Channels.Parking;
using BackOffice.Application.Documents;
using BackOffice.Application.Expedition;
using BackOffice.Application.Health;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Ops.Customers;
using BackOffice.Application.Ops.DeadLetters;
using BackOffice.Application.Ops.Overview;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Application.Stock;
using BackOffice.Infrastructure.Catalog;
using BackOffice.Infrastructure.Cosmos;
using BackOffice.Infrastructure.DeadLetters;
using BackOffice.Infrastructure.Expedition;
using BackOffice.Infrastructure.Health;
using BackOffice.Infrastructure.Messaging;
using BackOffice.Infrastructure.Ops;
using BackOffice.Infrastructure.Stock;
using BackOffice.Infrastructure.Storage;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BackOffice.Infrastructure;

public static class InfrastructureRegistration
{
    public static IServiceCollection AddBackOfficeInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CosmosOptions>().Bind(configuration.GetSection(CosmosOptions.Section))
            .Validate(options => Uri.TryCreate(options.Endpoint, UriKind.Absolute, out _), "Cosmos:Endpoint must be an absolute URL.")
            .ValidateOnStart();
        services.AddOptions<MessagingOptions>().Bind(configuration.GetSection(MessagingOptions.Section));
        services.AddOptions<StorageOptions>()
            // The Functions host's own storage account also holds our blobs, tables and queues.
            .Configure(options =>
            {
                options.ConnectionString = configuration[FunctionsConnectionSettings.Storage] ?? "";
                options.AccountName = configuration[$"{FunctionsConnectionSettings.Storage}:accountName"] ?? "";
            })
            .Validate(
                options => options.ConnectionString.Length > 0 || options.AccountName.Length > 0,
                $"The {FunctionsConnectionSettings.Storage} setting (a connection string) or {FunctionsConnectionSettings.Storage}__accountName (managed identity) is required.")
            .ValidateOnStart();

        // One credential for every Azure client: in Azure, AZURE_CLIENT_ID names the app's user-assigned identity.
        services.AddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        services.AddSingleton<StorageOperationCounter>();
        services.AddSingleton(provider => CosmosClientFactory.Create(provider.GetRequiredService<IOptions<CosmosOptions>>().Value, provider.GetRequiredService<TokenCredential>()));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CosmosOptions>>().Value;
            return provider.GetRequiredService<CosmosClient>().GetContainer(options.Database, options.OrdersContainer);
        });

        services.AddSingleton(provider => new StorageClients(Storage(provider), Messaging(provider).OrderQueue, provider.GetRequiredService<TokenCredential>(), provider.GetService<TimeProvider>()));

        services.TryAddSingleton<DueWork>();
        services.AddSingleton<IOrderRepository, CosmosOrderRepository>();
        services.AddSingleton<IRawPayloadArchive>(provider => new BlobRawPayloadArchive(Clients(provider).RawPayloads, Counter(provider)));
        services.AddSingleton<IDeliveryLog>(provider => new TableDeliveryLog(Clients(provider).Deliveries, Counter(provider)));
        services.AddSingleton<IParkedDeliveryStore>(provider => new TableParkedDeliveryStore(Clients(provider).Deliveries, Clients(provider).RawPayloads, Counter(provider)));
        services.AddSingleton<IDocumentStore>(provider => new BlobDocumentStore(Clients(provider).Documents, Counter(provider)));
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<TableStockLedger>(provider, Clients(provider).Stock));
        services.AddSingleton<IStockReservations>(provider => provider.GetRequiredService<TableStockLedger>());
        services.AddSingleton<IStockLedger>(provider => provider.GetRequiredService<TableStockLedger>());
        AddCatalog(services, configuration);
        services.AddSingleton<IMessagePublisher>(provider => Messaging(provider).Transport switch
        {
            MessagingTransport.StorageQueues => new StorageQueueMessagePublisher(Clients(provider).OrderQueue, provider.GetRequiredService<TimeProvider>(), Counter(provider)),
            // The SDK retries a failed send; that is safe, since the queue drops a second copy with the same MessageId.
            MessagingTransport.ServiceBus => new ServiceBusMessagePublisher(
                provider.GetRequiredService<ServiceBusClient>().CreateSender(Messaging(provider).OrderQueue), Counter(provider)),
            var other => throw new NotSupportedException($"Messaging transport {other} has no publisher."),
        });
        // Made only when the Service Bus transport asks for it; the container disposes it (and its AMQP connection) at shutdown.
        services.AddSingleton(provider => ServiceBusClientFactory.Create(configuration, provider.GetRequiredService<TokenCredential>()));

        AddDeadLetters(services, configuration);
        services.AddSingleton<IOrderOverviewReader>(provider => new CosmosOrderOverviewReader(provider.GetRequiredService<Container>(), Counter(provider)));
        services.AddSingleton<IExpeditionBatchStore>(provider => new TableExpeditionBatchStore(Clients(provider).Expedition, Clients(provider).Documents, Counter(provider)));
        services.AddSingleton<IBatchPdfComposer, PdfSharpBatchComposer>();
        services.AddSingleton<ICustomerIndex>(provider => new TableCustomerIndex(Clients(provider).CustomerIndex, Counter(provider)));

        services.AddSingleton<IDependencyProbe, CosmosProbe>();
        services.AddSingleton<IDependencyProbe>(provider => new BlobProbe(Clients(provider).RawPayloads));
        services.AddSingleton<IDependencyProbe>(provider => new TableProbe(Clients(provider).Deliveries));
        services.AddSingleton<IDependencyProbe>(provider => new QueueProbe(Clients(provider).OrderQueue));
        services.AddSingleton<StorageProvisioner>();
        return services;
    }

    /// <summary>The ERP's stock and price lists (read in pages of <c>Erp__PageSize</c>, 1000 unless set) and the catalog syncs' table and leases.</summary>
    private static void AddCatalog(IServiceCollection services, IConfiguration configuration)
    {
        var erp = new Uri(configuration["Erp:BaseUrl"] is { Length: > 0 } url ? url : "http://127.0.0.1:7080/erp/");
        services.AddSingleton(new ErpPaging(configuration.GetValue("Erp:PageSize", 1000)));
        services.AddHttpClient<IStockSource, ErpStockSource>(http => http.BaseAddress = erp).AddStandardResilienceHandler();
        services.AddHttpClient<IPriceSource, ErpPriceSource>(http => http.BaseAddress = erp).AddStandardResilienceHandler();
        services.AddSingleton<ICatalogPushLog>(provider => new TableCatalogPushLog(Clients(provider).Catalog, Counter(provider)));
        services.AddSingleton<IRunLease>(provider => new BlobRunLease(Clients(provider).CatalogLocks));
    }

    /// <summary>The dead letters of whichever transport carries the order messages, and why each message failed.</summary>
    private static void AddDeadLetters(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IMessageFailureLog>(provider => new TableMessageFailureLog(Clients(provider).MessageFailures, Counter(provider)));
        services.AddSingleton<IDeadLetterQueue>(provider => Messaging(provider).Transport switch
        {
            MessagingTransport.StorageQueues => new StoragePoisonQueue(Clients(provider).PoisonQueue, Counter(provider)),
            MessagingTransport.ServiceBus => new ServiceBusDeadLetterQueue(
                Messaging(provider).OrderQueue,
                () => provider.GetRequiredService<ServiceBusClient>().CreateReceiver(
                    Messaging(provider).OrderQueue, new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter, ReceiveMode = ServiceBusReceiveMode.PeekLock }),
                Counter(provider)),
            var other => throw new NotSupportedException($"Messaging transport {other} has no dead-letter queue."),
        });
    }

    private static StorageClients Clients(IServiceProvider provider) => provider.GetRequiredService<StorageClients>();

    private static StorageOperationCounter Counter(IServiceProvider provider) => provider.GetRequiredService<StorageOperationCounter>();

    private static StorageOptions Storage(IServiceProvider provider) => provider.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static MessagingOptions Messaging(IServiceProvider provider) => provider.GetRequiredService<IOptions<MessagingOptions>>().Value;
}
