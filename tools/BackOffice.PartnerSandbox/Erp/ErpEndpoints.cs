using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Erp;

/// <summary>The stock source under <c>/erp/</c>: <c>GET stock</c> → <c>[{ sku, quantity }]</c>, <c>GET stock/{sku}</c>.</summary>
public static class ErpEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/erp").AddEndpointFilter(new PartnerGate(ErpProfile.Instance, requireAuth: false));

        api.MapGet("/stock", (StockLevels stock) => Results.Json(stock.All().Select(l => new { sku = l.Sku, quantity = l.Quantity })));

        api.MapGet("/stock/{sku}", (string sku, StockLevels stock) => stock.Find(sku) is { } level
            ? Results.Json(new { sku = level.Sku, quantity = level.Quantity })
            : ErpProfile.Instance.Error(404, $"unknown sku {sku}"));
    }
}
