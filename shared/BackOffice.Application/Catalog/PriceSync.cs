namespace BackOffice.Application.Catalog;

/// <summary>
/// The price timer: pushes the price in force to each storefront when it differs from the last one sent. It runs every
/// minute, so a promotion starting or ending on a minute goes out at that minute (within the run's own time).
/// </summary>
public sealed class PriceSync(CatalogRunner runner, PriceFeed feed)
{
    public Task<CatalogRun> SyncAsync(CancellationToken cancellationToken) => runner.RunAsync(feed, cancellationToken);
}
