using BackOffice.Application.Ops;
using BackOffice.Domain.Orders;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Ops;

/// <summary><c>POST /api/ops/orders/{orderId}/risk-decision {"decision":"approve"|"deny"}</c> for an order waiting in RiskReview.</summary>
public static class DecideRiskFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsDecideRisk", new HttpTrigger(["post"], "ops/orders/{orderId}/risk-decision", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(string orderId, RiskDecisionRequest? body, HttpRequest request, OpsIdentity identity, OrderActions actions, CancellationToken cancellationToken)
    {
        if (body?.Decision is not ("approve" or "deny"))
        {
            return TypedResults.Problem("The body must be {\"decision\": \"approve\"} or {\"decision\": \"deny\"}.", statusCode: StatusCodes.Status400BadRequest, title: "Bad decision");
        }

        if (identity.PersonOf(request) is not { } person)
        {
            return OpsProblems.SignInRequired();
        }

        return OrderId.TryParse(orderId, out var id)
            ? OrderActionResults.From(await actions.DecideRiskAsync(id!, body.Decision == "approve", person, cancellationToken), orderId)
            : OpsProblems.NotFound(orderId);
    }
}
