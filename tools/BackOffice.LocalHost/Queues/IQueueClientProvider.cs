using Azure.Storage.Queues;

namespace BackOffice.LocalHost.Queues;

public interface IQueueClientProvider
{
    /// <summary>A client for the queue, created in storage if it does not exist yet.</summary>
    Task<QueueClient> GetQueueAsync(string connectionString, string queueName, CancellationToken cancellationToken);
}
