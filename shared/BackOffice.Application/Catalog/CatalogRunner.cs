using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Catalog;

/// <summary>
/// Runs one catalog sync: under a lease (a second run ends at once), page by page from the cursor an interrupted run
/// left, it pushes to each storefront only the SKUs whose value differs from what that storefront was last sent, and
/// records each pushed batch before the next, so a run that dies resumes without sending anything twice. What failed is
/// not recorded and goes again next run. Every run is recorded and logged.
/// </summary>
public sealed class CatalogRunner(
    IEnumerable<IStorefrontCatalog> storefronts,
    ICatalogPushLog log,
    IRunLease lease,
    TimeProvider clock,
    ILogger<CatalogRunner> logger)
{
    private const int MaxProblems = 20;

    public async Task<CatalogRun> RunAsync(ICatalogFeed feed, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var runId = string.Create(CultureInfo.InvariantCulture, $"{feed.Kind.ToString().ToLowerInvariant()}-{started:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..8]}");
        await using var held = await lease.TryAcquireAsync("catalog-" + feed.Kind.ToString().ToLowerInvariant(), cancellationToken);
        if (held is null)
        {
            logger.LogInformation("{Kind} sync already running; run {RunId} ends without doing anything", feed.Kind, runId);
            var skipped = new CatalogRun(runId, feed.Kind, started, started, CatalogRunOutcome.AlreadyRunning, 0, 0, 0, 0, 0, null, 0, []);
            await log.SaveRunAsync(skipped, cancellationToken);
            return skipped;
        }

        var progress = new Progress(runId, feed.Kind, started, (await log.CursorAsync(feed.Kind, cancellationToken))?.RunId);
        var watch = Stopwatch.StartNew();
        await log.SaveRunAsync(progress.Snapshot(CatalogRunOutcome.Running, null, 0), cancellationToken);
        try
        {
            await SyncAsync(feed, progress, held, cancellationToken);
        }
        catch (Exception exception)
        {
            progress.Problem($"Interrupted: {exception.GetType().Name}: {exception.Message}");
            var interrupted = progress.Snapshot(CatalogRunOutcome.Interrupted, clock.GetUtcNow(), watch.ElapsedMilliseconds);
            logger.LogError(exception, "{Kind} sync run {RunId} interrupted after {Read} SKUs read, {Pushed} pushed; the next run resumes from its cursor", feed.Kind, runId, interrupted.SkusRead, interrupted.Pushed);
            await log.SaveRunAsync(interrupted, CancellationToken.None);
            throw;
        }

        var run = progress.Snapshot(CatalogRunOutcome.Completed, clock.GetUtcNow(), watch.ElapsedMilliseconds);
        await log.SaveRunAsync(run, cancellationToken);
        logger.Log(
            run.Failed + run.Refused > 0 ? LogLevel.Warning : LogLevel.Information,
            "{Kind} sync run {RunId}: {Read} SKUs read, {Changed} changed, {Pushed} pushed, {Failed} failed, {Refused} refused in {DurationMs} ms{Resumed}",
            run.Kind, run.RunId, run.SkusRead, run.Changed, run.Pushed, run.Failed, run.Refused, run.DurationMs, run.ResumedFrom is null ? "" : $" (resumed {run.ResumedFrom})");
        return run;
    }

    private async Task SyncAsync(ICatalogFeed feed, Progress progress, IHeldLease held, CancellationToken cancellationToken)
    {
        var targets = new List<(IStorefrontCatalog Storefront, Dictionary<string, string> Pushed)>();
        foreach (var storefront in storefronts)
        {
            targets.Add((storefront, await log.PushedAsync(storefront.Storefront, feed.Kind, cancellationToken)));
        }

        await feed.StartAsync(cancellationToken);
        var cursor = await log.CursorAsync(feed.Kind, cancellationToken);
        var next = cursor?.Next;
        do
        {
            var page = await feed.ReadAsync(next, cancellationToken);
            progress.Read += page.Read;
            foreach (var refusal in page.Refused)
            {
                progress.Refused++;
                progress.Problem($"{refusal.Sku}: {refusal.Reason}");
                logger.LogWarning("{Kind} sync: SKU {Sku} refused and not pushed: {Reason}", feed.Kind, refusal.Sku, refusal.Reason);
            }

            var changed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (storefront, pushed) in targets)
            {
                var due = page.Entries.Where(entry => !pushed.TryGetValue(entry.Sku, out var last) || last != entry.Value).ToList();
                changed.UnionWith(due.Select(entry => entry.Sku));
                foreach (var batch in due.Chunk(Math.Max(1, storefront.BatchSize)))
                {
                    await PushAsync(feed.Kind, storefront, batch, pushed, progress, cancellationToken);
                }
            }

            progress.Changed += changed.Count;
            next = page.Next;
            if (next is not null)
            {
                await log.SaveCursorAsync(feed.Kind, new CatalogCursor(progress.RunId, next), cancellationToken);
                await held.RenewAsync(cancellationToken);
            }
        }
        while (next is not null);

        await log.ClearCursorAsync(feed.Kind, cancellationToken);
    }

    private async Task PushAsync(CatalogKind kind, IStorefrontCatalog storefront, CatalogEntry[] batch, Dictionary<string, string> pushed, Progress progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<PushFailure> failures;
        try
        {
            failures = await storefront.PushAsync(kind, batch, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The storefront's answer is unknown for the whole batch: none is recorded, so the next run sends it again.
            logger.LogWarning(exception, "{Kind} push of {Count} SKUs to {Storefront} failed; retried next run", kind, batch.Length, storefront.Storefront);
            failures = [.. batch.Select(entry => new PushFailure(entry.Sku, exception.Message))];
        }

        var failed = failures.Select(failure => failure.Sku).ToHashSet(StringComparer.Ordinal);
        var done = batch.Where(entry => !failed.Contains(entry.Sku)).ToList();
        await log.RecordPushedAsync(storefront.Storefront, kind, done, cancellationToken);
        foreach (var entry in done)
        {
            pushed[entry.Sku] = entry.Value;
        }

        progress.Pushed += done.Count;
        progress.Failed += failures.Count;
        foreach (var failure in failures.Take(MaxProblems))
        {
            progress.Problem($"{storefront.Storefront} {failure.Sku}: {failure.Reason}");
        }
    }

    private sealed class Progress(string runId, CatalogKind kind, DateTimeOffset started, string? resumedFrom)
    {
        private readonly List<string> _problems = [];

        public string RunId => runId;

        public int Read { get; set; }

        public int Changed { get; set; }

        public int Pushed { get; set; }

        public int Failed { get; set; }

        public int Refused { get; set; }

        public void Problem(string problem)
        {
            if (_problems.Count < MaxProblems)
            {
                _problems.Add(problem);
            }
        }

        public CatalogRun Snapshot(CatalogRunOutcome outcome, DateTimeOffset? finished, long durationMs) =>
            new(runId, kind, started, finished, outcome, Read, Changed, Pushed, Failed, Refused, resumedFrom, durationMs, [.. _problems]);
    }
}
