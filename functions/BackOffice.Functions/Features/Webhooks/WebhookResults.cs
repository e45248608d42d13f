using BackOffice.Application.Intake;

namespace BackOffice.Functions.Features.Webhooks;

public static class WebhookResults
{
    public static IResult From(WebhookOutcome outcome) => outcome switch
    {
        WebhookOutcome.Accepted accepted => TypedResults.Accepted((string?)null, new WebhookAccepted(accepted.OrderId, accepted.Repeated)),
        WebhookOutcome.Ping => TypedResults.Ok(new WebhookPong("pong")),
        // Shopify and VTEX drop subscriptions that keep failing: a verified delivery the hub cannot use is kept and answered 2xx.
        WebhookOutcome.Parked parked => TypedResults.Accepted((string?)null, new WebhookParked(parked.ParkedId, parked.Reason)),
        WebhookOutcome.Rejected { Reason: WebhookRejection.Unauthorized } rejected =>
            TypedResults.Problem(rejected.Detail, statusCode: StatusCodes.Status401Unauthorized, title: "Signature missing or wrong"),
        WebhookOutcome.Rejected { Reason: WebhookRejection.UnknownTarget } rejected =>
            TypedResults.Problem(rejected.Detail, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        WebhookOutcome.Rejected { Reason: WebhookRejection.Malformed } rejected =>
            TypedResults.Problem(rejected.Detail, statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON"),
        WebhookOutcome.Rejected rejected => TypedResults.Problem(
            rejected.Detail,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "Not a valid order",
            extensions: new Dictionary<string, object?> { ["errors"] = rejected.Errors }),
        _ => throw new InvalidOperationException($"Unmapped webhook outcome {outcome.GetType().Name}."),
    };
}
