using BackOffice.Application.Catalog;

namespace BackOffice.Application.Stock;

/// <summary>
/// Stock as the storefronts should show it: on hand from the stock source, less what the hub holds for paid orders not
/// shipped yet (the source has not counted them), less the SKU's safety stock; never below zero. Each page also brings
/// the ledger's on-hand in line with the source, writing only the SKUs whose count moved.
/// </summary>
public sealed class StockFeed(IStockSource source, IStockLedger ledger, CatalogSettings settings) : ICatalogFeed
{
    private IReadOnlyDictionary<string, SkuStock> _counts = new Dictionary<string, SkuStock>();

    public CatalogKind Kind => CatalogKind.Stock;

    public async Task StartAsync(CancellationToken cancellationToken) => _counts = await ledger.CountsAsync(cancellationToken);

    public async Task<FeedPage> ReadAsync(string? cursor, CancellationToken cancellationToken)
    {
        var page = await source.ReadAsync(cursor, cancellationToken);
        var moved = page.Items.Where(level => !_counts.TryGetValue(level.Sku, out var known) || known.OnHand != level.Quantity).ToList();
        if (moved.Count > 0)
        {
            await ledger.SetOnHandAsync(moved, cancellationToken);
        }

        var entries = page.Items.Select(level => CatalogEntry.Stock(level.Sku, Available(level))).ToList();
        return new FeedPage(page.Items.Count, entries, [], page.Next);
    }

    private int Available(StockLevel level)
    {
        var reserved = _counts.TryGetValue(level.Sku, out var known) ? known.Reserved : 0;
        return Math.Max(0, level.Quantity - reserved - settings.SafetyStockOf(level.Sku));
    }
}
