namespace BackOffice.Infrastructure.Messaging;

public enum MessagingTransport
{
    /// <summary>Azure Storage queues: Azurite locally, and a valid low-cost choice in Azure.</summary>
    StorageQueues,

    /// <summary>Azure Service Bus: sessions per order, duplicate detection, scheduled delivery.</summary>
    ServiceBus,
}
