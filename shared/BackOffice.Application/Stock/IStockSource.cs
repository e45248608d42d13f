using BackOffice.Application.Catalog;

namespace BackOffice.Application.Stock;

/// <summary>The store's system of record for stock on hand (ERP or WMS), read page by page.</summary>
public interface IStockSource
{
    /// <param name="cursor">Null for the first page, else the <see cref="SourcePage{T}.Next"/> of the page before.</param>
    Task<SourcePage<StockLevel>> ReadAsync(string? cursor, CancellationToken cancellationToken);
}
