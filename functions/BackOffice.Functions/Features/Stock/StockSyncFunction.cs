using BackOffice.Application.Stock;
using BackOffice.Functions.Features.Catalog;
using BackOffice.Functions.Hosting;
using BackOffice.Functions.Hosting.CustomHandler;

namespace BackOffice.Functions.Features.Stock;

/// <summary>Every 5 minutes (or now, through <c>POST /admin/functions/StockSync</c>): stock to the storefronts, only what changed.</summary>
public static class StockSyncFunction
{
    public static readonly FunctionDefinition Definition =
        new("StockSync", new TimerTrigger("timer", "0 */5 * * * *"), HandleAsync);

    private static async Task<IResult> HandleAsync(InvocationRequest request, StockSync sync, CancellationToken cancellationToken) =>
        TypedResults.Ok(CatalogRunResponse.From(await sync.SyncAsync(cancellationToken)));
}
