using BackOffice.Application.Ops;
using BackOffice.Domain.Orders;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Ops;

/// <summary><c>POST /api/ops/orders/{orderId}/retry</c>: resumes an order that needed attention, or re-runs a stuck step.</summary>
public static class RetryOrderFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsRetryOrder", new HttpTrigger(["post"], "ops/orders/{orderId}/retry", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(string orderId, HttpRequest request, OpsIdentity identity, OrderActions actions, CancellationToken cancellationToken)
    {
        if (identity.PersonOf(request) is not { } person)
        {
            return OpsProblems.SignInRequired();
        }

        return OrderId.TryParse(orderId, out var id)
            ? OrderActionResults.From(await actions.RetryAsync(id!, person, cancellationToken), orderId)
            : OpsProblems.NotFound(orderId);
    }
}
