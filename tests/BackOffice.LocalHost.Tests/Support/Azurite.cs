using System.Net.Sockets;
using Azure.Storage.Queues;

namespace BackOffice.LocalHost.Tests.Support;

/// <summary>The local Azurite queue service the integration tests need (test.sh starts it).</summary>
public static class Azurite
{
    public const string ConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;";

    /// <summary>Fails the test at once, rather than after the storage client's retries, when Azurite is down.</summary>
    public static async Task RequireAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", 10001).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (SocketException ex)
        {
            Assert.Fail($"Azurite is not running on 127.0.0.1:10001 ({ex.Message}); start it before running these tests.");
        }
    }

    public static string UniqueQueueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 50)];

    public static async Task<QueueClient> CreateQueueAsync(string name)
    {
        var queue = new QueueClient(ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await queue.CreateIfNotExistsAsync();
        return queue;
    }

    /// <summary>Reads (and removes) every message currently on the queue, raw bodies.</summary>
    public static async Task<List<string>> DrainAsync(QueueClient queue)
    {
        var bodies = new List<string>();
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32)).Value;
            if (batch.Length == 0)
            {
                return bodies;
            }

            foreach (var message in batch)
            {
                bodies.Add(message.MessageText);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }

    public static async Task<int> CountAsync(QueueClient queue) =>
        (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
}
