using Azure.Data.Tables;
using BackOffice.Application.Stock;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackOffice.Infrastructure.Tests.Stock;

/// <summary>Against Azurite, in a table of its own.</summary>
public sealed class TableStockLedgerTests : IAsyncLifetime
{
    private readonly TableClient _table = new(LocalSettings.Get("AzureWebJobsStorage"), $"stocktest{Guid.NewGuid():N}");
    private readonly TableStockLedger _ledger;

    public TableStockLedgerTests() => _ledger = new TableStockLedger(_table, new StorageOperationCounter(), TimeProvider.System, NullLogger<TableStockLedger>.Instance);

    public Task InitializeAsync() => _table.CreateAsync();

    public Task DisposeAsync() => _table.DeleteAsync();

    [Fact]
    public async Task ReserveAsync_WhenRetriedAfterFallingShort_HoldsTheStockThatCameIn()
    {
        OrderLine[] lines = [new("SKU-A", "Camiseta", 2, 4990), new("SKU-B", "Boné", 1, 2990)];
        await _ledger.SetOnHandAsync([new StockLevel("SKU-A", 5), new StockLevel("SKU-B", 0)], CancellationToken.None);

        var first = await _ledger.ReserveAsync("hub-1", lines, CancellationToken.None);
        await _ledger.SetOnHandAsync([new StockLevel("SKU-B", 3)], CancellationToken.None);
        var second = await _ledger.ReserveAsync("hub-1", lines, CancellationToken.None);

        Assert.Equal(["SKU-B"], first.ShortSkus);
        Assert.True(second.Reserved);
        Assert.Equal((5, 2), await LevelAsync("SKU-A"));
        Assert.Equal((3, 1), await LevelAsync("SKU-B"));
    }

    [Fact]
    public async Task ConsumeAsync_WhenTheParcelShipsTwice_TakesTheUnitsOffOnce()
    {
        await _ledger.SetOnHandAsync([new StockLevel("SKU-A", 5)], CancellationToken.None);
        await _ledger.ReserveAsync("hub-2", [new OrderLine("SKU-A", "Camiseta", 2, 4990)], CancellationToken.None);

        await _ledger.ConsumeAsync("hub-2", CancellationToken.None);
        await _ledger.ConsumeAsync("hub-2", CancellationToken.None);

        Assert.Equal((3, 0), await LevelAsync("SKU-A"));
    }

    [Fact]
    public async Task ReserveAsync_WhenTheSameMessageIsHandledInParallel_HoldsTheUnitsOnce()
    {
        await _ledger.SetOnHandAsync([new StockLevel("SKU-A", 10), new StockLevel("SKU-B", 10)], CancellationToken.None);
        OrderLine[] lines = [new("SKU-A", "Camiseta", 2, 4990), new("SKU-B", "Boné", 3, 2990)];

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _ledger.ReserveAsync("hub-3", lines, CancellationToken.None)));

        Assert.All(results, result => Assert.True(result.Reserved));
        Assert.Equal((10, 2), await LevelAsync("SKU-A"));
        Assert.Equal((10, 3), await LevelAsync("SKU-B"));
    }

    [Fact]
    public async Task ReleaseAsync_WhenTheSameMessageIsHandledInParallel_GivesBackOnlyWhatTheOrderHeld()
    {
        await _ledger.SetOnHandAsync([new StockLevel("SKU-A", 10)], CancellationToken.None);
        await _ledger.ReserveAsync("hub-4", [new OrderLine("SKU-A", "Camiseta", 2, 4990)], CancellationToken.None);
        await _ledger.ReserveAsync("hub-5", [new OrderLine("SKU-A", "Camiseta", 3, 4990)], CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _ledger.ReleaseAsync("hub-4", CancellationToken.None)));

        // A release counted twice would take hub-5's units too (a clamp at zero once hid it).
        Assert.Equal((10, 3), await LevelAsync("SKU-A"));
    }

    [Fact]
    public async Task ConsumeAsync_WhenTheSameMessageIsHandledInParallel_TakesTheUnitsOffOnce()
    {
        await _ledger.SetOnHandAsync([new StockLevel("SKU-A", 10)], CancellationToken.None);
        await _ledger.ReserveAsync("hub-6", [new OrderLine("SKU-A", "Camiseta", 2, 4990)], CancellationToken.None);
        await _ledger.ReserveAsync("hub-7", [new OrderLine("SKU-A", "Camiseta", 3, 4990)], CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _ledger.ConsumeAsync("hub-6", CancellationToken.None)));

        Assert.Equal((8, 3), await LevelAsync("SKU-A"));
    }

    [Fact]
    public async Task ReserveAsync_WhenOrdersCompeteInParallelForTheLastUnits_ReservesNoMoreThanOnHand()
    {
        await _ledger.SetOnHandAsync([new StockLevel("SKU-A", 5)], CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => _ledger.ReserveAsync($"hub-race-{i}", [new OrderLine("SKU-A", "Camiseta", 1, 4990)], CancellationToken.None)));

        Assert.Equal(5, results.Count(result => result.Reserved));
        Assert.Equal((5, 5), await LevelAsync("SKU-A"));
    }

    [Fact]
    public async Task ReleaseAsync_WhenTheSkuWasUntrackedAtReservation_LeavesTheLaterCountAlone()
    {
        await _ledger.ReserveAsync("hub-8", [new OrderLine("SKU-NEW", "Caneca", 2, 1990)], CancellationToken.None);
        await _ledger.SetOnHandAsync([new StockLevel("SKU-NEW", 4)], CancellationToken.None);
        await _ledger.ReserveAsync("hub-9", [new OrderLine("SKU-NEW", "Caneca", 1, 1990)], CancellationToken.None);

        await _ledger.ReleaseAsync("hub-8", CancellationToken.None);

        Assert.Equal((4, 1), await LevelAsync("SKU-NEW"));
    }

    [Theory]
    [InlineData("CAM/AZ#M?1")]
    [InlineData("Camiseta \\ açaí 😀")]
    [InlineData("sku\u0001with-control")]
    public async Task ReserveAsync_WhenTheSkuHasCharactersTableKeysRefuse_ReservesAndReleasesIt(string sku)
    {
        await _ledger.SetOnHandAsync([new StockLevel(sku, 3)], CancellationToken.None);

        var result = await _ledger.ReserveAsync("hub-odd/1", [new OrderLine(sku, "Item", 2, 990)], CancellationToken.None);
        var reserved = await LevelAsync(sku);
        await _ledger.ReleaseAsync("hub-odd/1", CancellationToken.None);

        Assert.True(result.Reserved);
        Assert.Equal((3, 2), reserved);
        Assert.Equal((3, 0), await LevelAsync(sku));
    }

    private async Task<(int OnHand, int Reserved)> LevelAsync(string sku)
    {
        var row = (await _table.GetEntityAsync<TableEntity>(TableStockLedger.SkuPartition(sku), "level")).Value;
        return (row.GetInt32("OnHand")!.Value, row.GetInt32("Reserved")!.Value);
    }
}
