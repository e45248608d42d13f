using BackOffice.Application.Ops;
using BackOffice.Domain.Orders;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Ops;

public static class GetOrderFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsGetOrder", new HttpTrigger(["get"], "ops/orders/{orderId}", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(string orderId, OrderQueries queries, CancellationToken cancellationToken)
    {
        var view = OrderId.TryParse(orderId, out var id) ? await queries.GetAsync(id!, cancellationToken) : null;
        return view is null
            ? OpsProblems.NotFound(orderId)
            : TypedResults.Ok(view);
    }
}
