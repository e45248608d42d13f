namespace BackOffice.Application.Catalog;

/// <summary>What each storefront was last sent per SKU, the resume point of a run, and the record of each run.</summary>
public interface ICatalogPushLog
{
    /// <returns>SKU → the <see cref="CatalogEntry.Value"/> last pushed to <paramref name="storefront"/>.</returns>
    Task<Dictionary<string, string>> PushedAsync(string storefront, CatalogKind kind, CancellationToken cancellationToken);

    Task RecordPushedAsync(string storefront, CatalogKind kind, IReadOnlyList<CatalogEntry> entries, CancellationToken cancellationToken);

    Task<CatalogCursor?> CursorAsync(CatalogKind kind, CancellationToken cancellationToken);

    Task SaveCursorAsync(CatalogKind kind, CatalogCursor cursor, CancellationToken cancellationToken);

    Task ClearCursorAsync(CatalogKind kind, CancellationToken cancellationToken);

    Task SaveRunAsync(CatalogRun run, CancellationToken cancellationToken);

    /// <returns>The latest runs, newest first.</returns>
    Task<IReadOnlyList<CatalogRun>> RecentRunsAsync(int max, CancellationToken cancellationToken);
}

/// <summary>Where an unfinished run stopped: the source page to read next, and the run that got there.</summary>
public sealed record CatalogCursor(string RunId, string Next);
