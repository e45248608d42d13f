using System.Net;
using BackOffice.Application.Catalog;
using BackOffice.Partners.Catalog;
using BackOffice.Partners.Http;
using Microsoft.Extensions.Options;
using Refit;

namespace BackOffice.Partners.Vtex;

/// <summary>
/// Stock and prices to VTEX, one SKU per request (neither API takes a batch), a few at a time. The SKU is VTEX's SKU id.
/// A 429 is waited out (its Retry-After, else a second) and retried; another error fails that SKU for this run.
/// </summary>
public sealed class VtexCatalog(IVtexCatalogApi inventory, IVtexPricingApi pricing, IOptions<VtexOptions> options, TimeProvider clock) : IStorefrontCatalog
{
    private const int Parallelism = 4;

    public string Storefront => "vtex";

    public int BatchSize => 50;

    public async Task<IReadOnlyList<PushFailure>> PushAsync(CatalogKind kind, IReadOnlyList<CatalogEntry> entries, CancellationToken cancellationToken)
    {
        var failures = new System.Collections.Concurrent.ConcurrentBag<PushFailure>();
        await Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (entry, token) =>
        {
            if (await PushOneAsync(kind, entry, token) is { } failure)
            {
                failures.Add(failure);
            }
        });
        return [.. failures];
    }

    private async Task<PushFailure?> PushOneAsync(CatalogKind kind, CatalogEntry entry, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await (kind switch
                {
                    CatalogKind.Stock => inventory.UpdateInventoryAsync(entry.Sku, options.Value.WarehouseId, new VtexInventoryUpdate(entry.Quantity, false, null), cancellationToken),
                    CatalogKind.Price when entry.Price is { } price => pricing.UpdatePriceAsync(entry.Sku, new VtexPriceUpdate(Money.ToReais(price.PriceCents), Money.ToReais(price.ListPriceCents)), cancellationToken),
                    _ => throw new ArgumentException($"No VTEX push for {kind} entry {entry.Sku}.", nameof(entry)),
                });
                return null;
            }
            catch (ApiException error) when (error.StatusCode == HttpStatusCode.TooManyRequests && attempt < RateLimitedRetry.MaxAttempts)
            {
                await Task.Delay(RateLimitedRetry.Bounded(error.Headers.RetryAfter?.Delta), clock, cancellationToken);
            }
            catch (ApiException error)
            {
                return new PushFailure(entry.Sku, $"VTEX answered {(int)error.StatusCode}: {error.Content}");
            }
        }
    }
}
