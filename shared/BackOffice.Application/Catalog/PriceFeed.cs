using System.Globalization;

namespace BackOffice.Application.Catalog;

/// <summary>
/// Prices as the storefronts should show them now: the promotion in force, else the list price. A row with a zero or
/// negative price (list or promotion in force) is refused: reported on the run and never pushed, so the storefront keeps
/// the last good price.
/// </summary>
public sealed class PriceFeed(IPriceSource source, TimeProvider clock) : ICatalogFeed
{
    private DateTimeOffset _now;

    public CatalogKind Kind => CatalogKind.Price;

    /// <summary>One moment for the whole run, so every page agrees on which promotions are in force.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _now = clock.GetUtcNow();
        return Task.CompletedTask;
    }

    public async Task<FeedPage> ReadAsync(string? cursor, CancellationToken cancellationToken)
    {
        var page = await source.ReadAsync(cursor, cancellationToken);
        var entries = new List<CatalogEntry>(page.Items.Count);
        var refused = new List<PushFailure>();
        foreach (var row in page.Items)
        {
            var price = row.InForce(_now);
            if (price.PriceCents <= 0 || price.ListPriceCents <= 0)
            {
                refused.Add(new PushFailure(row.Sku, string.Create(CultureInfo.InvariantCulture, $"price {price.PriceCents} / list price {price.ListPriceCents} cents is not positive")));
                continue;
            }

            entries.Add(CatalogEntry.Priced(row.Sku, price));
        }

        return new FeedPage(page.Items.Count, entries, refused, page.Next);
    }
}
