using BackOffice.Application.Catalog;
using BackOffice.Application.Stock;
using BackOffice.Infrastructure.Catalog;

namespace BackOffice.Infrastructure.Stock;

/// <summary>Stock levels from the store's ERP/WMS: <c>GET {Erp:BaseUrl}stock?page=&amp;pageSize=</c> answering <c>{ items: [{ sku, quantity }], nextPage }</c>.</summary>
internal sealed class ErpStockSource(HttpClient http, ErpPaging paging) : IStockSource
{
    public async Task<SourcePage<StockLevel>> ReadAsync(string? cursor, CancellationToken cancellationToken)
    {
        var page = await paging.ReadAsync<StockLevel>(http, "stock", cursor, cancellationToken);
        return new SourcePage<StockLevel>(page.Items, page.Next);
    }
}
