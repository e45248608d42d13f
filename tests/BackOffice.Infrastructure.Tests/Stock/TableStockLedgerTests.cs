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

    public TableStockLedgerTests() => _ledger = new TableStockLedger(_table, new StorageOperationCounter(), NullLogger<TableStockLedger>.Instance);

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

    private async Task<(int OnHand, int Reserved)> LevelAsync(string sku)
    {
        var row = (await _table.GetEntityAsync<TableEntity>("sku", sku)).Value;
        return (row.GetInt32("OnHand")!.Value, row.GetInt32("Reserved")!.Value);
    }
}
