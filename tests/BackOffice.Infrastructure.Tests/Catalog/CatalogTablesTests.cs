using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using BackOffice.Application.Catalog;
using BackOffice.Application.Stock;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Catalog;
using BackOffice.Infrastructure.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackOffice.Infrastructure.Tests.Catalog;

/// <summary>The stock sync over the real tables and lease in Azurite, with a recording storefront and a paged source.</summary>
public sealed class CatalogTablesTests : IAsyncLifetime
{
    private readonly TableClient _catalogTable = new(LocalSettings.Get("AzureWebJobsStorage"), $"catalogtest{Guid.NewGuid():N}");
    private readonly TableClient _stockTable = new(LocalSettings.Get("AzureWebJobsStorage"), $"stocktest{Guid.NewGuid():N}");
    private readonly BlobContainerClient _locks = new(LocalSettings.Get("AzureWebJobsStorage"), $"locks{Guid.NewGuid():N}");
    private readonly TableCatalogPushLog _log;
    private readonly TableStockLedger _ledger;
    private readonly BlobRunLease _lease;
    private readonly RecordingVtex _storefront = new();
    private readonly Source _source = new();

    public CatalogTablesTests()
    {
        _log = new TableCatalogPushLog(_catalogTable, new StorageOperationCounter());
        _ledger = new TableStockLedger(_stockTable, new StorageOperationCounter(), TimeProvider.System, NullLogger<TableStockLedger>.Instance);
        _lease = new BlobRunLease(_locks);
    }

    public async Task InitializeAsync()
    {
        await _catalogTable.CreateAsync();
        await _stockTable.CreateAsync();
        await _locks.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _catalogTable.DeleteAsync();
        await _stockTable.DeleteAsync();
        await _locks.DeleteAsync();
    }

    [Fact]
    public async Task SyncAsync_WhenAPaidOrderReservesAndIsThenCancelled_PushesLessThenTheFullQuantityAgain()
    {
        _source.Levels = [new StockLevel("SKU-A", 10), new StockLevel("SKU-B", 4)];
        await Sync().SyncAsync(CancellationToken.None);

        await _ledger.ReserveAsync("shopify-1001", [new OrderLine("SKU-A", "Camiseta", 3, 4990)], CancellationToken.None);
        var afterOrder = await Sync().SyncAsync(CancellationToken.None);
        var reduced = _storefront.Pushed.Last(entry => entry.Sku == "SKU-A").Quantity;
        await _ledger.ReleaseAsync("shopify-1001", CancellationToken.None);
        await Sync().SyncAsync(CancellationToken.None);

        Assert.Equal(1, afterOrder.Pushed);
        Assert.Equal(7, reduced);
        Assert.Equal(10, _storefront.Pushed.Last(entry => entry.Sku == "SKU-A").Quantity);
        Assert.Single(_storefront.Pushed, entry => entry.Sku == "SKU-B");
        Assert.Equal(0, await _ledger.UnitsSoldSinceAsync("SKU-A", DateTimeOffset.UtcNow.AddDays(-7), CancellationToken.None));
    }

    [Fact]
    public async Task SyncAsync_WhenTheProcessDiesAfterSomeBatches_TheNextRunResumesAndPushesEachSkuOnce()
    {
        _source.Levels = [.. Enumerable.Range(0, 1200).Select(index => new StockLevel("SKU-" + index.ToString("D4", CultureInfo.InvariantCulture), index % 9))];
        _source.FailAtPage = 2;

        await Assert.ThrowsAsync<HttpRequestException>(() => Sync().SyncAsync(CancellationToken.None));
        var resumed = await Sync().SyncAsync(CancellationToken.None);
        var again = await Sync().SyncAsync(CancellationToken.None);
        var runs = await _log.RecentRunsAsync(10, CancellationToken.None);

        Assert.Equal(1200, _storefront.Pushed.Count);
        Assert.Equal(1200, _storefront.Pushed.Select(entry => entry.Sku).Distinct().Count());
        Assert.NotNull(resumed.ResumedFrom);
        Assert.Equal(0, again.Pushed);
        Assert.Equal([CatalogRunOutcome.Completed, CatalogRunOutcome.Completed, CatalogRunOutcome.Interrupted], runs.Select(run => run.Outcome));
    }

    [Fact]
    public async Task UnitsSoldSinceAsync_CountsHeldAndShippedUnitsButNotReleasedOnes()
    {
        await _ledger.SetOnHandAsync([new StockLevel("SKU-A", 10)], CancellationToken.None);
        await _ledger.ReserveAsync("vtex-1", [new OrderLine("SKU-A", "Camiseta", 2, 4990)], CancellationToken.None);
        await _ledger.ReserveAsync("vtex-2", [new OrderLine("SKU-A", "Camiseta", 3, 4990)], CancellationToken.None);
        await _ledger.ReserveAsync("vtex-3", [new OrderLine("SKU-A", "Camiseta", 4, 4990)], CancellationToken.None);
        await _ledger.ConsumeAsync("vtex-2", CancellationToken.None);
        await _ledger.ReleaseAsync("vtex-3", CancellationToken.None);

        var sold = await _ledger.UnitsSoldSinceAsync("SKU-A", DateTimeOffset.UtcNow.AddDays(-7), CancellationToken.None);
        var counts = await _ledger.CountsAsync(CancellationToken.None);

        Assert.Equal(5, sold);
        Assert.Equal(new SkuStock("SKU-A", 7, 2), counts["SKU-A"]);
    }

    [Fact]
    public async Task TryAcquireAsync_WhileARunHoldsTheLease_GivesNothingUntilItIsReleased()
    {
        var first = await _lease.TryAcquireAsync("catalog-stock", CancellationToken.None);
        var second = await _lease.TryAcquireAsync("catalog-stock", CancellationToken.None);
        await first!.DisposeAsync();
        await using var third = await _lease.TryAcquireAsync("catalog-stock", CancellationToken.None);

        Assert.Null(second);
        Assert.NotNull(third);
    }

    private StockSync Sync() => new(
        new CatalogRunner([_storefront], _log, _lease, TimeProvider.System, NullLogger<CatalogRunner>.Instance),
        new StockFeed(_source, _ledger, new CatalogSettings()));

    private sealed class RecordingVtex : IStorefrontCatalog
    {
        public string Storefront => "vtex";

        public int BatchSize => 100;

        public List<CatalogEntry> Pushed { get; } = [];

        public Task<IReadOnlyList<PushFailure>> PushAsync(CatalogKind kind, IReadOnlyList<CatalogEntry> entries, CancellationToken cancellationToken)
        {
            Pushed.AddRange(entries);
            return Task.FromResult<IReadOnlyList<PushFailure>>([]);
        }
    }

    private sealed class Source : IStockSource
    {
        private const int PageSize = 500;

        public List<StockLevel> Levels { get; set; } = [];

        public int? FailAtPage { get; set; }

        public Task<SourcePage<StockLevel>> ReadAsync(string? cursor, CancellationToken cancellationToken)
        {
            var page = cursor is null ? 0 : int.Parse(cursor, CultureInfo.InvariantCulture);
            if (page == FailAtPage)
            {
                FailAtPage = null;
                throw new HttpRequestException("The ERP went away.");
            }

            var next = (page + 1) * PageSize < Levels.Count ? (page + 1).ToString(CultureInfo.InvariantCulture) : null;
            return Task.FromResult(new SourcePage<StockLevel>([.. Levels.Skip(page * PageSize).Take(PageSize)], next));
        }
    }
}
