using BackOffice.Application.Catalog;

namespace BackOffice.Application.Stock;

/// <summary>
/// The SKUs at or below their reorder point, with the units our orders took over the last 7 and 30 days, lowest stock
/// first: what a manager reorders, or stops selling.
/// </summary>
public sealed class LowStockReport(IStockLedger ledger, CatalogSettings settings, TimeProvider clock)
{
    public async Task<IReadOnlyList<LowStockItem>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var low = (await ledger.CountsAsync(cancellationToken)).Values
            .Select(stock => (Stock: stock, Available: stock.OnHand - stock.Reserved, ReorderPoint: settings.ReorderPointOf(stock.Sku)))
            .Where(candidate => candidate.Available <= candidate.ReorderPoint)
            .OrderBy(candidate => candidate.Available).ThenBy(candidate => candidate.Stock.Sku, StringComparer.Ordinal)
            .Take(max)
            .ToList();
        var items = new List<LowStockItem>(low.Count);
        foreach (var (stock, available, reorderPoint) in low)
        {
            items.Add(new LowStockItem(
                stock.Sku,
                stock.OnHand,
                stock.Reserved,
                available,
                reorderPoint,
                settings.SafetyStockOf(stock.Sku),
                await ledger.UnitsSoldSinceAsync(stock.Sku, now.AddDays(-7), cancellationToken),
                await ledger.UnitsSoldSinceAsync(stock.Sku, now.AddDays(-30), cancellationToken)));
        }

        return items;
    }
}

/// <summary>One low SKU: <see cref="Available"/> is on hand less reserved (before safety stock).</summary>
public sealed record LowStockItem(string Sku, int OnHand, int Reserved, int Available, int ReorderPoint, int SafetyStock, int SoldLast7Days, int SoldLast30Days);
