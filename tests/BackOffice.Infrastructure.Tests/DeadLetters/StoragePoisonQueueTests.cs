using Azure.Storage.Queues;
using BackOffice.Infrastructure.DeadLetters;

namespace BackOffice.Infrastructure.Tests.DeadLetters;

/// <summary>Against Azurite, in a poison queue of its own.</summary>
public sealed class StoragePoisonQueueTests : IAsyncLifetime
{
    private readonly QueueClient _poison = new(LocalSettings.Get("AzureWebJobsStorage"), $"poison-test-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        await _poison.CreateAsync();
        foreach (var body in new[] { "a", "b", "c" })
        {
            await _poison.SendMessageAsync(body);
        }
    }

    public Task DisposeAsync() => _poison.DeleteIfExistsAsync();

    [Fact]
    public async Task ReplayAsync_WhenOneMatches_RemovesItAndLeavesTheOthersVisibleAtOnce()
    {
        var queue = new StoragePoisonQueue(_poison, new StorageOperationCounter());
        var seen = new List<string>();

        var matched = await queue.ReplayAsync(letter => letter.Body == "b", (letter, _) =>
        {
            seen.Add(letter.Body);
            return Task.FromResult(true);
        }, 10, CancellationToken.None);

        Assert.Equal(1, matched);
        Assert.Equal(["b"], seen);
        var left = await queue.ListAsync(32, CancellationToken.None);
        Assert.Equal(["a", "c"], left.Messages.Select(message => message.Body).Order());
    }

    [Fact]
    public async Task ReplayAsync_WhenTheReplayRefusesOrThrows_KeepsTheMessageVisible()
    {
        var queue = new StoragePoisonQueue(_poison, new StorageOperationCounter());

        await queue.ReplayAsync(letter => letter.Body == "a", (_, _) => Task.FromResult(false), 10, CancellationToken.None);
        await Assert.ThrowsAsync<IOException>(() =>
            queue.ReplayAsync(letter => letter.Body == "c", (_, _) => throw new IOException("queue down"), 10, CancellationToken.None));

        var left = await queue.ListAsync(32, CancellationToken.None);
        Assert.Equal(["a", "b", "c"], left.Messages.Select(message => message.Body).Order());
        Assert.Equal(3, left.Total);
    }
}
