namespace BackOffice.Application.Catalog;

/// <summary>What a sync reads, page by page, and turns into what the storefronts should show.</summary>
public interface ICatalogFeed
{
    CatalogKind Kind { get; }

    /// <summary>Reads what every page needs once per run (the hub's reservations, say).</summary>
    Task StartAsync(CancellationToken cancellationToken);

    Task<FeedPage> ReadAsync(string? cursor, CancellationToken cancellationToken);
}

/// <summary>One source page: the entries to show, the rows refused (never pushed) with why, and the next page.</summary>
public sealed record FeedPage(int Read, IReadOnlyList<CatalogEntry> Entries, IReadOnlyList<PushFailure> Refused, string? Next);
