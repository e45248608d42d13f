using BackOffice.Functions.Hosting;
using BackOffice.Infrastructure;

namespace BackOffice.Functions.Features.Ops;

/// <summary>
/// <c>GET /api/ops/storage-operations</c>: the Cosmos, table, blob and message operations this instance has made since it
/// started, by the function that made them — what an order costs, and what the timers cost while nothing happens.
/// </summary>
public static class StorageOperationsFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsStorageOperations", new HttpTrigger(["get"], "ops/storage-operations", AuthLevel: "function"), Handle);

    private static IResult Handle(StorageOperationCounter counter) => TypedResults.Ok(counter.Snapshot());
}
