using BackOffice.Application.Messaging;
using BackOffice.Application.Ops.DeadLetters;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Ops;

/// <summary>
/// <c>POST /api/ops/dead-letters/replay {"type":"IssueInvoice"}</c>: replays every dead letter of one message type (up to
/// <see cref="DeadLetters.MaxReplayBatch"/> a call), each as the single replay does.
/// </summary>
public static class ReplayDeadLettersOfTypeFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsReplayDeadLetters", new HttpTrigger(["post"], "ops/dead-letters/replay", AuthLevel: "function"), HandleAsync);

    private static readonly string[] Types = [.. typeof(OrderMessageTypes).GetFields().Select(field => (string)field.GetValue(null)!)];

    private static async Task<IResult> HandleAsync(ReplayDeadLettersRequest? body, HttpRequest request, OpsIdentity identity, DeadLetters deadLetters, CancellationToken cancellationToken)
    {
        if (body?.Type is not { } type || !Types.Contains(type))
        {
            return TypedResults.Problem(
                $"The body must be {{\"type\": \"<message type>\"}}, one of {string.Join(", ", Types)}.", statusCode: StatusCodes.Status400BadRequest, title: "Message type required");
        }

        if (identity.PersonOf(request) is not { } person)
        {
            return OpsProblems.SignInRequired();
        }

        var replays = await deadLetters.ReplayTypeAsync(type, person, cancellationToken);
        return TypedResults.Ok(new DeadLetterReplays(type, replays.Count, replays));
    }
}

public sealed record DeadLetterReplays(string Type, int Count, IReadOnlyList<DeadLetterReplay> Replays);
