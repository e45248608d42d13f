using BackOffice.Application.Catalog;

namespace BackOffice.Infrastructure.Catalog;

/// <summary>Prices from the store's ERP: <c>GET {Erp:BaseUrl}prices</c>, paged, <c>[{ sku, listPrice, promotions: [{ price, start, end }] }]</c> in cents.</summary>
internal sealed class ErpPriceSource(HttpClient http, ErpPaging paging) : IPriceSource
{
    public async Task<SourcePage<PriceSourceRow>> ReadAsync(string? cursor, CancellationToken cancellationToken)
    {
        var page = await paging.ReadAsync<ErpPrice>(http, "prices", cursor, cancellationToken);
        var rows = page.Items.Select(item => new PriceSourceRow(
            item.Sku,
            item.ListPrice,
            [.. (item.Promotions ?? []).Select(promotion => new PricePromotion(promotion.Price, promotion.Start, promotion.End))])).ToList();
        return new SourcePage<PriceSourceRow>(rows, page.Next);
    }

    private sealed record ErpPrice(string Sku, long ListPrice, IReadOnlyList<ErpPromotion>? Promotions);

    private sealed record ErpPromotion(long Price, DateTimeOffset Start, DateTimeOffset End);
}
