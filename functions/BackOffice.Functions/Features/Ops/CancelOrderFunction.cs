using BackOffice.Application.Ops;
using BackOffice.Domain.Orders;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Ops;

/// <summary><c>POST /api/ops/orders/{orderId}/cancel {"reason":"..."}</c>: cancels and undoes what partners had done.</summary>
public static class CancelOrderFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsCancelOrder", new HttpTrigger(["post"], "ops/orders/{orderId}/cancel", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(string orderId, CancelOrderRequest? body, HttpRequest request, OpsIdentity identity, OrderActions actions, CancellationToken cancellationToken)
    {
        if (body?.Reason is not { Length: > 0 and <= 500 } reason)
        {
            return TypedResults.Problem("The body must be {\"reason\": \"...\"} (1 to 500 characters).", statusCode: StatusCodes.Status400BadRequest, title: "Reason required");
        }

        if (identity.PersonOf(request) is not { } person)
        {
            return OpsProblems.SignInRequired();
        }

        return OrderId.TryParse(orderId, out var id)
            ? OrderActionResults.From(await actions.CancelAsync(id!, reason, person, cancellationToken), orderId)
            : OpsProblems.NotFound(orderId);
    }
}
