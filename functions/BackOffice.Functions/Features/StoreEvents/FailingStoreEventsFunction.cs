using BackOffice.Application.StoreEvents;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.StoreEvents;

/// <summary><c>GET /api/ops/store-events?limit=n</c>: the orders with an event the store did not take for a whole day of retries.</summary>
public static class FailingStoreEventsFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsFailingStoreEvents", new HttpTrigger(["get"], "ops/store-events", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(int? limit, StoreEventQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListFailingAsync(Math.Clamp(limit ?? 100, 1, 1000), cancellationToken));
}
