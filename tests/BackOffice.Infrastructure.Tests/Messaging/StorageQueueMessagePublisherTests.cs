using Azure.Storage.Queues;
using BackOffice.Application.Messaging;
using BackOffice.Infrastructure.Messaging;

namespace BackOffice.Infrastructure.Tests.Messaging;

/// <summary>Against Azurite, in a queue of its own: a backed-off retry stays invisible until its time.</summary>
public sealed class StorageQueueMessagePublisherTests : IAsyncLifetime
{
    private readonly QueueClient _queue = new(LocalSettings.Get("AzureWebJobsStorage"), $"publisher-test-{Guid.NewGuid():N}");

    public Task InitializeAsync() => _queue.CreateAsync();

    public Task DisposeAsync() => _queue.DeleteAsync();

    [Fact]
    public async Task PublishAsync_WhenTheMessageHasANotBefore_SendsItInvisibleUntilThen()
    {
        var publisher = new StorageQueueMessagePublisher(_queue, TimeProvider.System, new StorageOperationCounter());
        var now = DateTimeOffset.UtcNow;

        await publisher.PublishAsync(new OutboxMessage("hub-1:0:OrderReceived", "OrderReceived", "hub-1", now), CancellationToken.None);
        await publisher.PublishAsync(new OutboxMessage("hub-1:0:OrderReceived:retry-1", "OrderReceived", "hub-1", now, NotBefore: now.AddMinutes(5)), CancellationToken.None);

        var visible = (await _queue.ReceiveMessagesAsync(maxMessages: 10)).Value;
        var message = Assert.Single(visible);
        Assert.True(OrderMessageSerializer.TryDeserialize(message.Body.ToString(), out var sent, out _));
        Assert.Equal("hub-1:0:OrderReceived", sent!.MessageId);
        Assert.Equal(2, (await _queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }
}
