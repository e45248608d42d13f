using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Erp;

/// <summary>
/// The stock and price source under <c>/erp/</c>, both paged (<see cref="ErpPage"/>): <c>GET stock</c> →
/// <c>items: [{ sku, quantity }]</c>, <c>GET stock/{sku}</c>, <c>GET prices</c> → <c>items: [{ sku, listPrice, promotions:
/// [{ price, start, end }] }]</c> in integer cents.
/// </summary>
public static class ErpEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/erp").AddEndpointFilter(new PartnerGate(ErpProfile.Instance, requireAuth: false));

        api.MapGet("/stock", (int? page, int? pageSize, StockLevels stock) =>
            ErpPage.Of(stock.All(), page, pageSize, level => new { sku = level.Sku, quantity = level.Quantity }));

        api.MapGet("/stock/{sku}", (string sku, StockLevels stock) => stock.Find(sku) is { } level
            ? Results.Json(new { sku = level.Sku, quantity = level.Quantity })
            : ErpProfile.Instance.Error(404, $"unknown sku {sku}"));

        api.MapGet("/prices", (int? page, int? pageSize, PriceList prices) =>
            ErpPage.Of(prices.All(), page, pageSize, row => new
            {
                sku = row.Sku,
                listPrice = row.ListPrice,
                promotions = (row.Promotions ?? []).Select(promotion => new { price = promotion.Price, start = promotion.Start, end = promotion.End }),
            }));
    }
}
