namespace BackOffice.Application.Catalog;

/// <summary>A storefront's catalog: stock and prices sent to it. Adapters wait out the storefront's rate limit themselves.</summary>
public interface IStorefrontCatalog
{
    /// <summary>The storefront's name in the push log and the run records (vtex, shopify).</summary>
    string Storefront { get; }

    /// <summary>How many entries one <see cref="PushAsync"/> takes: the push log is written after each.</summary>
    int BatchSize { get; }

    /// <returns>The SKUs that were not pushed and why; every other entry is on the storefront.</returns>
    Task<IReadOnlyList<PushFailure>> PushAsync(CatalogKind kind, IReadOnlyList<CatalogEntry> entries, CancellationToken cancellationToken);
}

/// <summary>A SKU the storefront did not take; the next run tries it again.</summary>
public sealed record PushFailure(string Sku, string Reason);
