using System.Globalization;
using BackOffice.Application.Catalog;
using BackOffice.Application.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Application.Tests.Catalog;

public sealed class StockSyncTests
{
    private const int CatalogSize = 10_000;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero));
    private readonly PagedSource<StockLevel> _source = new(pageSize: 1000);
    private readonly InMemoryStockLedger _ledger = new();
    private readonly InMemoryCatalogPushLog _log = new();
    private readonly InMemoryRunLease _lease = new();
    private readonly RecordingStorefront _vtex = new("vtex", batchSize: 50);
    private readonly RecordingStorefront _shopify = new("shopify", batchSize: 250);
    private readonly CatalogSettings _settings = new();

    [Fact]
    public async Task SyncAsync_WhenOnePercentOfTenThousandSkusChanged_PushesExactlyThoseToEachStorefront()
    {
        _source.Rows = Catalog(CatalogSize);
        await Sync().SyncAsync(CancellationToken.None);
        _vtex.Pushed.Clear();
        _shopify.Pushed.Clear();
        var changed = Enumerable.Range(0, CatalogSize).Where(index => index % 100 == 7).Select(Sku).ToHashSet();
        _source.Rows = [.. _source.Rows.Select(level => changed.Contains(level.Sku) ? level with { Quantity = level.Quantity + 3 } : level)];
        var writesBefore = _ledger.Writes;

        var run = await Sync().SyncAsync(CancellationToken.None);

        Assert.Equal(CatalogRunOutcome.Completed, run.Outcome);
        Assert.Equal(CatalogSize, run.SkusRead);
        Assert.Equal(100, run.Changed);
        Assert.Equal(200, run.Pushed);
        Assert.Equal(changed.Order(), _vtex.Pushed.Select(entry => entry.Sku).Order());
        Assert.Equal(changed.Order(), _shopify.Pushed.Select(entry => entry.Sku).Order());
        Assert.Equal(100, _ledger.Writes - writesBefore);
    }

    [Fact]
    public async Task SyncAsync_WhenARunDiesMidway_TheNextResumesFromItsCursorAndPushesNothingTwice()
    {
        _source.Rows = Catalog(CatalogSize);
        _source.FailAtPage = 6;

        await Assert.ThrowsAsync<HttpRequestException>(() => Sync().SyncAsync(CancellationToken.None));
        var resumed = await Sync().SyncAsync(CancellationToken.None);

        Assert.Equal(CatalogRunOutcome.Interrupted, _log.Runs[0].Outcome);
        Assert.Equal(6000, _log.Runs[0].Pushed / 2);
        Assert.Equal(_log.Runs[0].RunId, resumed.ResumedFrom);
        Assert.Equal(4000, resumed.SkusRead);
        Assert.Equal(CatalogSize, _vtex.Pushed.Select(entry => entry.Sku).Distinct().Count());
        Assert.Equal(CatalogSize, _vtex.Pushed.Count);
        Assert.Equal(CatalogSize, _shopify.Pushed.Count);
    }

    [Fact]
    public async Task SyncAsync_WhenKilledBetweenBatches_RecordedBatchesAreNotSentAgain()
    {
        _source.Rows = Catalog(2000);
        _log.DieAfterRecords = 7;

        await Assert.ThrowsAsync<InvalidOperationException>(() => Sync().SyncAsync(CancellationToken.None));
        var pushedBeforeDeath = _vtex.Pushed.Count + _shopify.Pushed.Count;
        _log.DieAfterRecords = null;
        await Sync().SyncAsync(CancellationToken.None);

        Assert.InRange(pushedBeforeDeath, 1, 3999);
        Assert.Equal(2000, _shopify.Pushed.Count);
        Assert.Equal(2000, _shopify.Pushed.Select(entry => entry.Sku).Distinct().Count());
        Assert.Equal(2000, _vtex.Pushed.Count);
    }

    [Fact]
    public async Task SyncAsync_WhenAPaidOrderHoldsUnitsTheSourceHasNotCounted_PushesLessAndTheCancellationRaisesItBack()
    {
        _source.Rows = [new StockLevel("SKU-A", 10), new StockLevel("SKU-B", 4)];
        await Sync().SyncAsync(CancellationToken.None);

        _ledger.Reserve("SKU-A", 3);
        await Sync().SyncAsync(CancellationToken.None);
        var afterOrder = _vtex.Last()["SKU-A"].Quantity;
        _ledger.Reserve("SKU-A", -3);
        await Sync().SyncAsync(CancellationToken.None);

        Assert.Equal(7, afterOrder);
        Assert.Equal(10, _vtex.Last()["SKU-A"].Quantity);
        Assert.Equal(10, _shopify.Last()["SKU-A"].Quantity);
        Assert.Single(_vtex.Pushed, entry => entry.Sku == "SKU-B");
    }

    [Fact]
    public async Task SyncAsync_WithSafetyStockAndMoreReservedThanOnHand_NeverPushesBelowZero()
    {
        _settings.SafetyStock = 2;
        _settings.Skus["SKU-B"] = new SkuStockSettings { SafetyStock = 0 };
        _source.Rows = [new StockLevel("SKU-A", 5), new StockLevel("SKU-B", 5), new StockLevel("SKU-C", 1)];
        await _ledger.SetOnHandAsync(_source.Rows, CancellationToken.None);
        _ledger.Reserve("SKU-C", 4);

        await Sync().SyncAsync(CancellationToken.None);

        var pushed = _vtex.Last();
        Assert.Equal(3, pushed["SKU-A"].Quantity);
        Assert.Equal(5, pushed["SKU-B"].Quantity);
        Assert.Equal(0, pushed["SKU-C"].Quantity);
    }

    [Fact]
    public async Task SyncAsync_WhenAStorefrontRefusesSomeSkus_RetriesOnlyThoseNextRun()
    {
        _source.Rows = Catalog(300);
        _shopify.Refuses.UnionWith(["SKU-00010", "SKU-00020"]);
        var first = await Sync().SyncAsync(CancellationToken.None);
        _shopify.Refuses.Clear();
        _vtex.Pushed.Clear();
        _shopify.Pushed.Clear();

        var second = await Sync().SyncAsync(CancellationToken.None);

        Assert.Equal(2, first.Failed);
        Assert.Contains(first.Problems, problem => problem.Contains("SKU-00010", StringComparison.Ordinal));
        Assert.Empty(_vtex.Pushed);
        Assert.Equal(["SKU-00010", "SKU-00020"], _shopify.Pushed.Select(entry => entry.Sku).Order());
        Assert.Equal(2, second.Pushed);
    }

    [Fact]
    public async Task SyncAsync_WhenAnotherRunHoldsTheLease_EndsWithoutReadingOrPushing()
    {
        _source.Rows = Catalog(10);
        _lease.Held.Add("catalog-stock");

        var run = await Sync().SyncAsync(CancellationToken.None);

        Assert.Equal(CatalogRunOutcome.AlreadyRunning, run.Outcome);
        Assert.Equal(0, _source.Reads);
        Assert.Empty(_vtex.Pushed);
    }

    private StockSync Sync() => new(
        new CatalogRunner([_vtex, _shopify], _log, _lease, _clock, NullLogger<CatalogRunner>.Instance),
        new StockFeed(_source, _ledger, _settings));

    private static List<StockLevel> Catalog(int size) => [.. Enumerable.Range(0, size).Select(index => new StockLevel(Sku(index), index % 50))];

    private static string Sku(int index) => "SKU-" + index.ToString("D5", CultureInfo.InvariantCulture);
}
