using BackOffice.Application.Ops.DeadLetters;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Ops;

/// <summary><c>GET /api/ops/dead-letters?limit=n</c>: the order queue's dead letters with order, type, reason and delivery count.</summary>
public static class ListDeadLettersFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsListDeadLetters", new HttpTrigger(["get"], "ops/dead-letters", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(int? limit, DeadLetters deadLetters, CancellationToken cancellationToken) =>
        TypedResults.Ok(await deadLetters.ListAsync(limit ?? 100, cancellationToken));
}
