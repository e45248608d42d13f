using System.Collections.Concurrent;
using Azure.Storage.Queues;

namespace BackOffice.LocalHost.Queues;

public sealed class QueueClientProvider : IQueueClientProvider
{
    private readonly ConcurrentDictionary<(string ConnectionString, string QueueName), Lazy<Task<QueueClient>>> _queues = new();

    public Task<QueueClient> GetQueueAsync(string connectionString, string queueName, CancellationToken cancellationToken)
    {
        var lazy = _queues.GetOrAdd(
            (connectionString, queueName),
            key => new Lazy<Task<QueueClient>>(() => CreateAsync(key.ConnectionString, key.QueueName)));
        return WaitAsync(lazy, connectionString, queueName, cancellationToken);
    }

    private async Task<QueueClient> WaitAsync(Lazy<Task<QueueClient>> lazy, string connectionString, string queueName, CancellationToken cancellationToken)
    {
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (lazy.Value.IsFaulted)
        {
            // Forget the failed creation so the next call (e.g. once Azurite is up) tries again.
            _queues.TryRemove(new KeyValuePair<(string, string), Lazy<Task<QueueClient>>>((connectionString, queueName), lazy));
            throw;
        }
    }

    private static async Task<QueueClient> CreateAsync(string connectionString, string queueName)
    {
        // Bodies are encoded by QueueMessageCodec so poison copies keep the original bytes.
        var client = new QueueClient(connectionString, queueName, new QueueClientOptions { MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.None });
        await client.CreateIfNotExistsAsync();
        return client;
    }
}
