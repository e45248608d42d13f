namespace BackOffice.Application.Expedition;

/// <summary>A batch (made now or before), or why the request made none; a refused request stores nothing.</summary>
public sealed record BatchRequestOutcome(ExpeditionBatch? Batch, string? Refusal, IReadOnlyDictionary<string, string[]> Errors)
{
    public static BatchRequestOutcome Made(ExpeditionBatch batch) => new(batch, null, new Dictionary<string, string[]>());

    public static BatchRequestOutcome Refused(string refusal, IReadOnlyDictionary<string, string[]>? errors = null) =>
        new(null, refusal, errors ?? new Dictionary<string, string[]>());
}
