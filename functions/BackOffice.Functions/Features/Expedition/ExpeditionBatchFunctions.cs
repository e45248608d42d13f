using BackOffice.Application.Expedition;
using BackOffice.Functions.Features.Ops;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Expedition;

/// <summary>
/// The warehouse's batches: <c>POST /api/ops/expedition/batches {"orderIds"?}</c> makes one (or finds the one made for
/// the same orders), <c>GET .../batches</c> lists today's, <c>GET .../batches/{batchId}</c> and <c>.../pdf</c> read one,
/// <c>POST .../batches/{batchId}/handover</c> records the handover to the carrier, <c>GET .../waiting</c> lists the
/// orders waiting for a batch.
/// </summary>
public static class ExpeditionBatchFunctions
{
    public static readonly FunctionDefinition Create =
        new("OpsCreateExpeditionBatch", new HttpTrigger(["post"], "ops/expedition/batches", AuthLevel: "function"), CreateAsync);

    public static readonly FunctionDefinition List =
        new("OpsListExpeditionBatches", new HttpTrigger(["get"], "ops/expedition/batches", AuthLevel: "function"), ListAsync);

    public static readonly FunctionDefinition Get =
        new("OpsGetExpeditionBatch", new HttpTrigger(["get"], "ops/expedition/batches/{batchId}", AuthLevel: "function"), GetAsync);

    public static readonly FunctionDefinition Pdf =
        new("OpsExpeditionBatchPdf", new HttpTrigger(["get"], "ops/expedition/batches/{batchId}/pdf", AuthLevel: "function"), PdfAsync);

    public static readonly FunctionDefinition HandOver =
        new("OpsHandOverExpeditionBatch", new HttpTrigger(["post"], "ops/expedition/batches/{batchId}/handover", AuthLevel: "function"), HandOverAsync);

    public static readonly FunctionDefinition Waiting =
        new("OpsExpeditionWaiting", new HttpTrigger(["get"], "ops/expedition/waiting", AuthLevel: "function"), WaitingAsync);

    private static async Task<IResult> CreateAsync(HttpRequest request, ExpeditionBatches batches, CancellationToken cancellationToken)
    {
        var (body, problem) = await BatchRequest.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Malformed batch request");
        }

        var outcome = await batches.CreateAsync(body?.OrderIds, cancellationToken);
        return outcome.Batch is { } batch
            ? TypedResults.Ok(BatchAnswer.From(batch, request))
            : TypedResults.Problem(
                outcome.Refusal,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "No batch made",
                extensions: new Dictionary<string, object?> { ["errors"] = outcome.Errors });
    }

    private static async Task<IResult> ListAsync(ExpeditionBatches batches, CancellationToken cancellationToken) =>
        TypedResults.Ok(await batches.TodayAsync(cancellationToken));

    private static async Task<IResult> GetAsync(string batchId, HttpRequest request, ExpeditionBatches batches, CancellationToken cancellationToken) =>
        await batches.FindAsync(batchId, cancellationToken) is { } batch ? TypedResults.Ok(BatchAnswer.From(batch, request)) : NotFound(batchId);

    private static async Task<IResult> PdfAsync(string batchId, ExpeditionBatches batches, CancellationToken cancellationToken) =>
        await batches.ReadPdfAsync(batchId, cancellationToken) is { } pdf ? TypedResults.File(pdf, "application/pdf", $"{batchId}.pdf") : NotFound(batchId);

    private static async Task<IResult> HandOverAsync(string batchId, HttpRequest request, OpsIdentity identity, ExpeditionBatches batches, CancellationToken cancellationToken)
    {
        if (identity.PersonOf(request) is not { } person)
        {
            return OpsProblems.SignInRequired();
        }

        return await batches.HandOverAsync(batchId, person, cancellationToken) is { } outcome
            ? TypedResults.Ok(new HandoverAnswer(outcome.Batch.BatchId, outcome.Batch.HandedOverAt, outcome.Batch.HandedOverBy, outcome.Recorded, outcome.AlreadyRecorded, outcome.Refused))
            : NotFound(batchId);
    }

    private static async Task<IResult> WaitingAsync(ExpeditionBatches batches, CancellationToken cancellationToken)
    {
        var waiting = await batches.WaitingAsync(cancellationToken);
        return TypedResults.Ok(new OrderList("ReadyToShip", waiting.Count, waiting, null));
    }

    private static IResult NotFound(string batchId) => TypedResults.Problem(
        $"No batch '{batchId}'. Batch ids are what POST /api/ops/expedition/batches answered.", statusCode: StatusCodes.Status404NotFound, title: "Batch not found");
}

public sealed record HandoverAnswer(
    string BatchId, DateTimeOffset? HandedOverAt, string? HandedOverBy, IReadOnlyList<string> Recorded, IReadOnlyList<string> AlreadyRecorded, IReadOnlyDictionary<string, string> Refused);
