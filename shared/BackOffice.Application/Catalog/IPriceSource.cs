namespace BackOffice.Application.Catalog;

/// <summary>The store's system of record for prices and promotions (the ERP), read page by page.</summary>
public interface IPriceSource
{
    /// <param name="cursor">Null for the first page, else the <see cref="SourcePage{T}.Next"/> of the page before.</param>
    Task<SourcePage<PriceSourceRow>> ReadAsync(string? cursor, CancellationToken cancellationToken);
}
