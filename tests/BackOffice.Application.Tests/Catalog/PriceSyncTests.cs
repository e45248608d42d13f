using BackOffice.Application.Catalog;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Application.Tests.Catalog;

public sealed class PriceSyncTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start.AddMinutes(-2));
    private readonly PagedSource<PriceSourceRow> _source = new(pageSize: 100);
    private readonly InMemoryCatalogPushLog _log = new();
    private readonly RecordingStorefront _vtex = new("vtex", batchSize: 50);
    private readonly RecordingStorefront _shopify = new("shopify", batchSize: 250);

    [Fact]
    public async Task SyncAsync_WhenAPromotionStartsAndEnds_PushesItsPriceAtTheStartAndTheListPriceAtTheEnd()
    {
        _source.Rows = [new PriceSourceRow("SKU-A", 4990, [new PricePromotion(3990, Start, Start.AddHours(2))]), new PriceSourceRow("SKU-B", 1990, [])];
        await Sync().SyncAsync(CancellationToken.None);
        _clock.SetUtcNow(Start.AddMinutes(-1));
        await Sync().SyncAsync(CancellationToken.None);
        var beforeStart = _vtex.Pushed.Count;

        _clock.SetUtcNow(Start);
        await Sync().SyncAsync(CancellationToken.None);
        var atStart = _vtex.Last()["SKU-A"].Price;
        _clock.SetUtcNow(Start.AddHours(1));
        await Sync().SyncAsync(CancellationToken.None);
        var during = _vtex.Pushed.Count;
        _clock.SetUtcNow(Start.AddHours(2));
        await Sync().SyncAsync(CancellationToken.None);

        Assert.Equal(2, beforeStart);
        Assert.Equal(new PriceInForce(3990, 4990), atStart);
        Assert.Equal(3, during);
        Assert.Equal(new PriceInForce(4990, 4990), _vtex.Last()["SKU-A"].Price);
        Assert.Equal(new PriceInForce(4990, 4990), _shopify.Last()["SKU-A"].Price);
        Assert.Equal(4, _vtex.Pushed.Count);
        Assert.Single(_vtex.Pushed, entry => entry.Sku == "SKU-B");
    }

    [Fact]
    public async Task SyncAsync_WhenAPriceIsZeroOrNegative_RefusesAndReportsItAndNeverPushesIt()
    {
        _source.Rows =
        [
            new PriceSourceRow("SKU-A", 4990, []),
            new PriceSourceRow("SKU-ZERO", 0, []),
            new PriceSourceRow("SKU-NEG", 2990, [new PricePromotion(-10, Start.AddHours(-1), Start.AddHours(1))]),
        ];
        _clock.SetUtcNow(Start);

        var run = await Sync().SyncAsync(CancellationToken.None);

        Assert.Equal(2, run.Refused);
        Assert.Equal(3, run.SkusRead);
        Assert.Contains(run.Problems, problem => problem.StartsWith("SKU-ZERO:", StringComparison.Ordinal));
        Assert.Contains(run.Problems, problem => problem.StartsWith("SKU-NEG:", StringComparison.Ordinal));
        Assert.Equal(["SKU-A"], _vtex.Pushed.Select(entry => entry.Sku));
        Assert.Equal(["SKU-A"], _shopify.Pushed.Select(entry => entry.Sku));
        Assert.Equal(run, _log.Runs.Single());
    }

    [Fact]
    public void InForce_WhenPromotionsOverlap_TakesTheLowestAndTheEndIsExclusive()
    {
        var row = new PriceSourceRow("SKU-A", 5000, [new PricePromotion(4000, Start, Start.AddHours(2)), new PricePromotion(3500, Start.AddHours(1), Start.AddHours(3))]);

        Assert.Equal(5000, row.InForce(Start.AddTicks(-1)).PriceCents);
        Assert.Equal(4000, row.InForce(Start).PriceCents);
        Assert.Equal(3500, row.InForce(Start.AddHours(1)).PriceCents);
        Assert.Equal(5000, row.InForce(Start.AddHours(3)).PriceCents);
        Assert.Equal(Start.AddHours(1), row.NextBoundary(Start));
    }

    private PriceSync Sync() => new(
        new CatalogRunner([_vtex, _shopify], _log, new InMemoryRunLease(), _clock, NullLogger<CatalogRunner>.Instance),
        new PriceFeed(_source, _clock));
}
