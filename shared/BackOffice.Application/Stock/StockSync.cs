using BackOffice.Application.Catalog;

namespace BackOffice.Application.Stock;

/// <summary>The stock timer: reads the stock source and pushes what each storefront should show, only what changed.</summary>
public sealed class StockSync(CatalogRunner runner, StockFeed feed)
{
    public Task<CatalogRun> SyncAsync(CancellationToken cancellationToken) => runner.RunAsync(feed, cancellationToken);
}
