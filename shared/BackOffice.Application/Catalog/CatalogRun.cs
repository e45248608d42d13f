namespace BackOffice.Application.Catalog;

/// <summary>
/// One sync run as ops see it. <see cref="Changed"/> counts SKUs that differed on at least one storefront;
/// <see cref="Pushed"/> and <see cref="Failed"/> count SKU-storefront pairs; <see cref="Refused"/> rows were never sent.
/// </summary>
public sealed record CatalogRun(
    string RunId,
    CatalogKind Kind,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    CatalogRunOutcome Outcome,
    int SkusRead,
    int Changed,
    int Pushed,
    int Failed,
    int Refused,
    string? ResumedFrom,
    long DurationMs,
    IReadOnlyList<string> Problems);

public enum CatalogRunOutcome
{
    Running,
    Completed,

    /// <summary>Another run held the lease; this one did nothing.</summary>
    AlreadyRunning,

    /// <summary>Stopped by an error; the next run resumes from its cursor.</summary>
    Interrupted,
}
