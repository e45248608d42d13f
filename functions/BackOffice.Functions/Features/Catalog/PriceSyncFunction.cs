using BackOffice.Application.Catalog;
using BackOffice.Functions.Hosting;
using BackOffice.Functions.Hosting.CustomHandler;

namespace BackOffice.Functions.Features.Catalog;

/// <summary>
/// Every minute (or now, through <c>POST /admin/functions/PriceSync</c>): the price in force to the storefronts when it
/// changed. A minute timer rather than one scheduled at each promotion's boundary: a timer's schedule is fixed at
/// deployment, and a run that finds nothing changed costs one read of the price source.
/// </summary>
public static class PriceSyncFunction
{
    public static readonly FunctionDefinition Definition =
        new("PriceSync", new TimerTrigger("timer", "0 * * * * *"), HandleAsync);

    private static async Task<IResult> HandleAsync(InvocationRequest request, PriceSync sync, CancellationToken cancellationToken) =>
        TypedResults.Ok(CatalogRunResponse.From(await sync.SyncAsync(cancellationToken)));
}
