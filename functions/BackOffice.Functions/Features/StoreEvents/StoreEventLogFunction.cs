using BackOffice.Application.StoreEvents;
using BackOffice.Domain.Orders;
using BackOffice.Functions.Features.Ops;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.StoreEvents;

/// <summary><c>GET /api/ops/orders/{orderId}/store-events</c>: what the store on the hub's own format was sent for the order, and how each delivery went.</summary>
public static class StoreEventLogFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsStoreEventLog", new HttpTrigger(["get"], "ops/orders/{orderId}/store-events", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(string orderId, StoreEventQueries queries, CancellationToken cancellationToken)
    {
        var view = OrderId.TryParse(orderId, out var id) ? await queries.GetAsync(id!, cancellationToken) : null;
        return view is null ? OpsProblems.NotFound(orderId) : TypedResults.Ok(view);
    }
}
