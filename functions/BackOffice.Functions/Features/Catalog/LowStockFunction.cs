using BackOffice.Application.Stock;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Catalog;

/// <summary><c>GET /api/ops/stock/low?limit=n</c>: SKUs at or below their reorder point, with units sold over 7 and 30 days.</summary>
public static class LowStockFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsLowStock", new HttpTrigger(["get"], "ops/stock/low", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(int? limit, LowStockReport report, CancellationToken cancellationToken) =>
        TypedResults.Ok(await report.ListAsync(Math.Clamp(limit ?? 100, 1, 1000), cancellationToken));
}
