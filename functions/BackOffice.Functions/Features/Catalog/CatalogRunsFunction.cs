using BackOffice.Application.Catalog;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Catalog;

/// <summary><c>GET /api/ops/catalog/runs?limit=n</c>: the latest stock and price sync runs, newest first.</summary>
public static class CatalogRunsFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsCatalogRuns", new HttpTrigger(["get"], "ops/catalog/runs", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(int? limit, ICatalogPushLog log, CancellationToken cancellationToken) =>
        TypedResults.Ok(await log.RecentRunsAsync(Math.Clamp(limit ?? 50, 1, 500), cancellationToken));
}
