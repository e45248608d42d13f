using System.Globalization;
using BackOffice.Application.Catalog;
using BackOffice.Application.Stock;

namespace BackOffice.Application.Tests.Catalog;

/// <summary>A storefront that keeps what it was sent, one list entry per SKU pushed; it can be told to refuse SKUs.</summary>
internal sealed class RecordingStorefront(string name, int batchSize = 100) : IStorefrontCatalog
{
    private readonly Lock _gate = new();

    public string Storefront => name;

    public int BatchSize => batchSize;

    public List<CatalogEntry> Pushed { get; } = [];

    /// <summary>SKUs this storefront refuses (a user error, say).</summary>
    public HashSet<string> Refuses { get; } = [];

    public Task<IReadOnlyList<PushFailure>> PushAsync(CatalogKind kind, IReadOnlyList<CatalogEntry> entries, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var failures = entries.Where(entry => Refuses.Contains(entry.Sku)).Select(entry => new PushFailure(entry.Sku, "refused")).ToList();
            Pushed.AddRange(entries.Where(entry => !Refuses.Contains(entry.Sku)));
            return Task.FromResult<IReadOnlyList<PushFailure>>(failures);
        }
    }

    public Dictionary<string, CatalogEntry> Last() => Pushed.GroupBy(entry => entry.Sku).ToDictionary(group => group.Key, group => group.Last());
}

internal sealed class InMemoryCatalogPushLog : ICatalogPushLog
{
    private readonly Dictionary<(string, CatalogKind), Dictionary<string, string>> _pushed = [];
    private readonly Dictionary<CatalogKind, CatalogCursor> _cursors = [];

    public List<CatalogRun> Runs { get; } = [];

    /// <summary>Throws right after this many batches are recorded: the process dies between two batches.</summary>
    public int? DieAfterRecords { get; set; }

    private int _records;

    public Task<Dictionary<string, string>> PushedAsync(string storefront, CatalogKind kind, CancellationToken cancellationToken) =>
        Task.FromResult(new Dictionary<string, string>(_pushed.GetValueOrDefault((storefront, kind)) ?? []));

    public Task RecordPushedAsync(string storefront, CatalogKind kind, IReadOnlyList<CatalogEntry> entries, CancellationToken cancellationToken)
    {
        if (!_pushed.TryGetValue((storefront, kind), out var values))
        {
            values = _pushed[(storefront, kind)] = [];
        }

        foreach (var entry in entries)
        {
            values[entry.Sku] = entry.Value;
        }

        if (++_records == DieAfterRecords)
        {
            throw new InvalidOperationException("The process died.");
        }

        return Task.CompletedTask;
    }

    public Task<CatalogCursor?> CursorAsync(CatalogKind kind, CancellationToken cancellationToken) => Task.FromResult(_cursors.GetValueOrDefault(kind));

    public Task SaveCursorAsync(CatalogKind kind, CatalogCursor cursor, CancellationToken cancellationToken)
    {
        _cursors[kind] = cursor;
        return Task.CompletedTask;
    }

    public Task ClearCursorAsync(CatalogKind kind, CancellationToken cancellationToken)
    {
        _cursors.Remove(kind);
        return Task.CompletedTask;
    }

    public Task SaveRunAsync(CatalogRun run, CancellationToken cancellationToken)
    {
        Runs.RemoveAll(known => known.RunId == run.RunId);
        Runs.Add(run);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CatalogRun>> RecentRunsAsync(int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CatalogRun>>([.. Runs.OrderByDescending(run => run.Started).Take(max)]);
}

internal sealed class InMemoryRunLease : IRunLease
{
    public HashSet<string> Held { get; } = [];

    public Task<IHeldLease?> TryAcquireAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<IHeldLease?>(Held.Add(name) ? new Lease(() => Held.Remove(name)) : null);

    private sealed class Lease(Action release) : IHeldLease
    {
        public Task RenewAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync()
        {
            release();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>A source of rows served in pages, the cursor being the index of the next row.</summary>
internal sealed class PagedSource<T>(int pageSize) : IStockSource, IPriceSource
{
    public List<T> Rows { get; set; } = [];

    public int Reads { get; private set; }

    /// <summary>Throws when asked for this page (0-based), once: the run dies there.</summary>
    public int? FailAtPage { get; set; }

    Task<SourcePage<StockLevel>> IStockSource.ReadAsync(string? cursor, CancellationToken cancellationToken) => Task.FromResult(Page<StockLevel>(cursor));

    Task<SourcePage<PriceSourceRow>> IPriceSource.ReadAsync(string? cursor, CancellationToken cancellationToken) => Task.FromResult(Page<PriceSourceRow>(cursor));

    private SourcePage<TRow> Page<TRow>(string? cursor)
    {
        var start = cursor is null ? 0 : int.Parse(cursor, CultureInfo.InvariantCulture);
        if (FailAtPage is { } failing && start / pageSize == failing)
        {
            FailAtPage = null;
            throw new HttpRequestException("The ERP went away.");
        }

        Reads++;
        var rows = Rows.Skip(start).Take(pageSize).Cast<TRow>().ToList();
        var next = start + pageSize < Rows.Count ? (start + pageSize).ToString(CultureInfo.InvariantCulture) : null;
        return new SourcePage<TRow>(rows, next);
    }
}

/// <summary>The hub's stock ledger: on hand as set, and reservations a test puts in.</summary>
internal sealed class InMemoryStockLedger : IStockLedger
{
    public Dictionary<string, SkuStock> Levels { get; } = new(StringComparer.Ordinal);

    public int Writes { get; private set; }

    public Task SetOnHandAsync(IReadOnlyList<StockLevel> levels, CancellationToken cancellationToken)
    {
        foreach (var level in levels)
        {
            Writes++;
            Levels[level.Sku] = new SkuStock(level.Sku, level.Quantity, Levels.GetValueOrDefault(level.Sku)?.Reserved ?? 0);
        }

        return Task.CompletedTask;
    }

    public void Reserve(string sku, int quantity)
    {
        var level = Levels[sku];
        Levels[sku] = level with { Reserved = level.Reserved + quantity };
    }

    public Task<IReadOnlyDictionary<string, SkuStock>> CountsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, SkuStock>>(new Dictionary<string, SkuStock>(Levels));

    public Task<int> UnitsSoldSinceAsync(string sku, DateTimeOffset since, CancellationToken cancellationToken) => Task.FromResult(0);
}
