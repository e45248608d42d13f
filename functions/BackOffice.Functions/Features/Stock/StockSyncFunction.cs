using BackOffice.Application.Stock;
using BackOffice.Functions.Hosting;
using BackOffice.Functions.Hosting.CustomHandler;

namespace BackOffice.Functions.Features.Stock;

public static class StockSyncFunction
{
    public static readonly FunctionDefinition Definition =
        new("StockSync", new TimerTrigger("timer", "0 */5 * * * *"), HandleAsync);

    private static async Task<IResult> HandleAsync(InvocationRequest request, StockSync sync, CancellationToken cancellationToken)
    {
        var count = await sync.SyncAsync(cancellationToken);
        return TypedResults.Ok(InvocationResponse.Completed($"Stock sync: {count} SKUs"));
    }
}
