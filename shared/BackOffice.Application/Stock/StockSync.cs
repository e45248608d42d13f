using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Stock;

/// <summary>Brings our stock ledger in line with the store's ERP, on a timer.</summary>
public sealed class StockSync(IStockSource source, IStockLedger ledger, ILogger<StockSync> logger)
{
    public async Task<int> SyncAsync(CancellationToken cancellationToken)
    {
        var levels = await source.GetLevelsAsync(cancellationToken);
        await ledger.SetOnHandAsync(levels, cancellationToken);
        logger.LogInformation("Stock sync: {Count} SKUs updated from the stock source", levels.Count);
        return levels.Count;
    }
}
