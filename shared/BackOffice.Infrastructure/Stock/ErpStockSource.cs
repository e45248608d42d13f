using System.Net.Http.Json;
using BackOffice.Application.Stock;

namespace BackOffice.Infrastructure.Stock;

/// <summary>Stock levels from the store's ERP/WMS: <c>GET {Erp:BaseUrl}stock</c> answering <c>[{ sku, quantity }]</c>.</summary>
internal sealed class ErpStockSource(HttpClient http) : IStockSource
{
    public async Task<IReadOnlyList<StockLevel>> GetLevelsAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<StockLevel>>("stock", cancellationToken)
        ?? throw new InvalidDataException("The stock source answered JSON null.");
}
