using BackOffice.Application.Ops;
using BackOffice.Domain.Orders;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Ops;

public static class ListOrdersFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsListOrders", new HttpTrigger(["get"], "ops/orders", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(string? status, int? limit, string? continuationToken, OrderQueries queries, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<OrderStatus>(status, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
        {
            return TypedResults.Problem(
                $"Query parameter 'status' must be one of {string.Join(", ", Enum.GetNames<OrderStatus>())}.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Missing or unknown status");
        }

        var page = await queries.ListAsync(parsed, limit ?? 100, continuationToken, cancellationToken);
        return TypedResults.Ok(new OrderList(parsed.ToString(), page.Items.Count, page.Items, page.ContinuationToken));
    }
}
