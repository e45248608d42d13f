using Azure.Data.Tables;
using BackOffice.Application.StoreEvents;
using BackOffice.Infrastructure.StoreEvents;

namespace BackOffice.Infrastructure.Tests.StoreEvents;

/// <summary>Against Azurite, in a table of its own: the log's ETag is what keeps two couriers of an order apart.</summary>
public sealed class TableStoreEventLogTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly TableClient _table = new(LocalSettings.Get("AzureWebJobsStorage"), $"storeevents{Guid.NewGuid():N}");
    private readonly TableStoreEventLog _log;

    public TableStoreEventLogTests() => _log = new TableStoreEventLog(_table, new StorageOperationCounter());

    public Task InitializeAsync() => _table.CreateAsync();

    public Task DisposeAsync() => _table.DeleteAsync();

    [Fact]
    public async Task TrySaveAsync_WhenSavedAndReadBack_KeepsEveryDeliveryAsItWas()
    {
        var delivery = new StoreEventDelivery(3, "hub-1:3", "payment.instructions", At, """{"id":"hub-1:3","data":{"payment":{"pix":{"code":"0002"}}}}""",
            StoreEventState.Pending, 2, At, At.AddMinutes(5), null, At.AddMinutes(1), 503, "down", null, 1);

        var saved = await _log.TrySaveAsync(StoreEventLog.Empty("hub-1").With([delivery]), CancellationToken.None);
        var read = await _log.ReadAsync("hub-1", CancellationToken.None);

        Assert.NotNull(saved?.ETag);
        Assert.Equal(delivery, Assert.Single(read.Deliveries));
        Assert.Equal(saved!.ETag, read.ETag);
    }

    [Fact]
    public async Task TrySaveAsync_WhenTheLogChangedSinceItWasRead_RefusesTheStaleCopy()
    {
        var first = (await _log.TrySaveAsync(StoreEventLog.Empty("hub-2").With([Event(0)]), CancellationToken.None))!;
        var stale = first;
        Assert.NotNull(await _log.TrySaveAsync(first.With([Event(1)]), CancellationToken.None));

        Assert.Null(await _log.TrySaveAsync(stale.Replace(Event(0) with { State = StoreEventState.Sending }), CancellationToken.None));
        Assert.Null(await _log.TrySaveAsync(StoreEventLog.Empty("hub-2").With([Event(0)]), CancellationToken.None));
        Assert.Equal([0, 1], (await _log.ReadAsync("hub-2", CancellationToken.None)).Deliveries.Select(delivery => delivery.Sequence));
    }

    [Fact]
    public async Task ListFailingAsync_ListsOnlyLogsWithAFailedEvent()
    {
        await _log.TrySaveAsync(StoreEventLog.Empty("hub-ok").With([Event(0) with { State = StoreEventState.Delivered }]), CancellationToken.None);
        await _log.TrySaveAsync(StoreEventLog.Empty("hub-failed").With([Event(0) with { State = StoreEventState.Failed }, Event(1)]), CancellationToken.None);

        var failing = await _log.ListFailingAsync(10, CancellationToken.None);

        Assert.Equal("hub-failed", Assert.Single(failing).OrderId);
    }

    [Fact]
    public async Task ReadAsync_WhenNothingWasLogged_IsAnEmptyLogWithoutETag()
    {
        var log = await _log.ReadAsync("hub-none", CancellationToken.None);

        Assert.Equal((0, null), (log.Deliveries.Count, log.ETag));
    }

    private static StoreEventDelivery Event(int sequence) => new(sequence, $"hub:{sequence}", "order.received", At, "{}");
}
