using BackOffice.Application.Ops.DeadLetters;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Ops;

/// <summary>
/// <c>POST /api/ops/dead-letters/{id}/replay</c>: sends one dead letter back to the order queue (or, when its work is
/// already done, just removes it), noted on the order's timeline with the person.
/// </summary>
public static class ReplayDeadLetterFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsReplayDeadLetter", new HttpTrigger(["post"], "ops/dead-letters/{id}/replay", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(string id, HttpRequest request, OpsIdentity identity, DeadLetters deadLetters, CancellationToken cancellationToken)
    {
        if (identity.PersonOf(request) is not { } person)
        {
            return OpsProblems.SignInRequired();
        }

        return await deadLetters.ReplayAsync(id, person, cancellationToken) switch
        {
            null => TypedResults.Problem(
                $"No dead letter '{id}' (replayed already?). GET /api/ops/dead-letters lists them.", statusCode: StatusCodes.Status404NotFound, title: "Dead letter not found"),
            { Outcome: DeadLetterReplayOutcome.Unreadable } => TypedResults.Problem(
                $"Dead letter '{id}' is not an order message; it stays where it is.", statusCode: StatusCodes.Status409Conflict, title: "Cannot replay"),
            { Outcome: DeadLetterReplayOutcome.OrderNotFound } replay => TypedResults.Problem(
                $"Dead letter '{id}' is for order '{replay.OrderId}', which does not exist; it stays where it is.", statusCode: StatusCodes.Status409Conflict, title: "Cannot replay"),
            var replay => TypedResults.Ok(replay),
        };
    }
}
