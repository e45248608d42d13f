using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using BackOffice.Application.Health;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Infrastructure.Cosmos;
using BackOffice.Infrastructure.Health;
using BackOffice.Infrastructure.Messaging;
using BackOffice.Infrastructure.Storage;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
            .Configure(options => options.ConnectionString = configuration[FunctionsConnectionSettings.Storage] ?? "")
            .Validate(options => options.ConnectionString.Length > 0, $"The {FunctionsConnectionSettings.Storage} setting is required.")
            .ValidateOnStart();

        services.AddSingleton<StorageOperationCounter>();
        services.AddSingleton(provider => CosmosClientFactory.Create(provider.GetRequiredService<IOptions<CosmosOptions>>().Value));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CosmosOptions>>().Value;
            return provider.GetRequiredService<CosmosClient>().GetContainer(options.Database, options.OrdersContainer);
        });

        services.AddSingleton(provider => new BlobServiceClient(Storage(provider).ConnectionString));
        services.AddSingleton(provider => provider.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(Storage(provider).RawPayloadContainer));
        services.AddSingleton(provider => new TableServiceClient(Storage(provider).ConnectionString).GetTableClient(Storage(provider).DeliveryTable));
        services.AddSingleton(provider => new QueueClient(Storage(provider).ConnectionString, Messaging(provider).OrderQueue));

        services.AddSingleton<IOrderRepository, CosmosOrderRepository>();
        services.AddSingleton<IRawPayloadArchive, BlobRawPayloadArchive>();
        services.AddSingleton<IDeliveryLog, TableDeliveryLog>();
        services.AddSingleton<IMessagePublisher>(provider => Messaging(provider).Transport switch
        {
            MessagingTransport.StorageQueues => ActivatorUtilities.CreateInstance<StorageQueueMessagePublisher>(provider),
            MessagingTransport.ServiceBus => ServiceBusPublisher(provider, configuration),
            var other => throw new NotSupportedException($"Messaging transport {other} has no publisher."),
        });
        // Retrying a send is safe: Service Bus drops a second copy with the same MessageId (duplicate detection).
        services.AddHttpClient(ServiceBusHttpClient).AddStandardResilienceHandler();

        services.AddSingleton<IDependencyProbe, CosmosProbe>();
        services.AddSingleton<IDependencyProbe, BlobProbe>();
        services.AddSingleton<IDependencyProbe, TableProbe>();
        services.AddSingleton<IDependencyProbe, QueueProbe>();
        services.AddSingleton<StorageProvisioner>();
        return services;
    }

    private const string ServiceBusHttpClient = "servicebus";

    private static ServiceBusRestMessagePublisher ServiceBusPublisher(IServiceProvider provider, IConfiguration configuration)
    {
        var connection = ServiceBusConnection.Parse(
            configuration[FunctionsConnectionSettings.ServiceBus], configuration[$"{FunctionsConnectionSettings.ServiceBus}:fullyQualifiedNamespace"]);
        return new ServiceBusRestMessagePublisher(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(ServiceBusHttpClient),
            connection,
            Messaging(provider).OrderQueue,
            connection.UsesSharedAccessKey ? null : new DefaultAzureCredential(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<StorageOperationCounter>());
    }

    private static StorageOptions Storage(IServiceProvider provider) => provider.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static MessagingOptions Messaging(IServiceProvider provider) => provider.GetRequiredService<IOptions<MessagingOptions>>().Value;
}
