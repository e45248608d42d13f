using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using BackOffice.Application.Catalog;
using BackOffice.Infrastructure.Storage;

namespace BackOffice.Infrastructure.Catalog;

/// <summary>
/// The catalog table: one partition per storefront and kind (<c>vtex-stock</c>, <c>shopify-price</c>) with a row per SKU
/// holding the value last pushed, written in transactions of up to 100 rows right after each push; a <c>cursor</c>
/// partition with a row per kind while a run is unfinished; a <c>run</c> partition, newest first, with each run's record.
/// </summary>
internal sealed class TableCatalogPushLog(TableClient table, StorageOperationCounter counter) : ICatalogPushLog
{
    private const int TransactionLimit = 100;
    private const string CursorPartition = "cursor";
    private const string RunPartition = "run";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<Dictionary<string, string>> PushedAsync(string storefront, CatalogKind kind, CancellationToken cancellationToken)
    {
        var pushed = new Dictionary<string, string>(StringComparer.Ordinal);
        var partition = Partition(storefront, kind);
        await foreach (var page in table.QueryAsync<TableEntity>(entity => entity.PartitionKey == partition, select: ["Sku", "Value"], cancellationToken: cancellationToken).AsPages())
        {
            counter.Count("table.query");
            foreach (var row in page.Values)
            {
                if (row.GetString("Sku") is { } sku && row.GetString("Value") is { } value)
                {
                    pushed[sku] = value;
                }
            }
        }

        return pushed;
    }

    public async Task RecordPushedAsync(string storefront, CatalogKind kind, IReadOnlyList<CatalogEntry> entries, CancellationToken cancellationToken)
    {
        var partition = Partition(storefront, kind);
        foreach (var chunk in entries.DistinctBy(entry => entry.Sku).Chunk(TransactionLimit))
        {
            var actions = chunk.Select(entry => new TableTransactionAction(
                TableTransactionActionType.UpsertReplace,
                new TableEntity(partition, TableKeys.Of(entry.Sku)) { ["Sku"] = entry.Sku, ["Value"] = entry.Value })).ToList();
            await table.SubmitTransactionAsync(actions, cancellationToken);
            counter.Count("table.transaction");
        }
    }

    public async Task<CatalogCursor?> CursorAsync(CatalogKind kind, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(CursorPartition, Kind(kind), cancellationToken: cancellationToken);
        counter.Count("table.read");
        return row.HasValue && row.Value!.GetString("RunId") is { } runId && row.Value.GetString("Next") is { } next ? new CatalogCursor(runId, next) : null;
    }

    public async Task SaveCursorAsync(CatalogKind kind, CatalogCursor cursor, CancellationToken cancellationToken)
    {
        await table.UpsertEntityAsync(new TableEntity(CursorPartition, Kind(kind)) { ["RunId"] = cursor.RunId, ["Next"] = cursor.Next }, TableUpdateMode.Replace, cancellationToken);
        counter.Count("table.write");
    }

    public async Task ClearCursorAsync(CatalogKind kind, CancellationToken cancellationToken)
    {
        await table.DeleteEntityAsync(CursorPartition, Kind(kind), ETag.All, cancellationToken);
        counter.Count("table.write");
    }

    public async Task SaveRunAsync(CatalogRun run, CancellationToken cancellationToken)
    {
        // Inverted ticks: the newest run sorts first in its partition.
        var row = $"{DateTimeOffset.MaxValue.UtcTicks - run.Started.UtcTicks:D19}-{run.RunId}";
        await table.UpsertEntityAsync(new TableEntity(RunPartition, row) { ["Run"] = JsonSerializer.Serialize(run, Json) }, TableUpdateMode.Replace, cancellationToken);
        counter.Count("table.write");
    }

    public async Task<IReadOnlyList<CatalogRun>> RecentRunsAsync(int max, CancellationToken cancellationToken)
    {
        var runs = new List<CatalogRun>();
        await foreach (var page in table.QueryAsync<TableEntity>(entity => entity.PartitionKey == RunPartition, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken).AsPages())
        {
            counter.Count("table.query");
            runs.AddRange(page.Values.Select(row => row.GetString("Run")).OfType<string>().Select(text => JsonSerializer.Deserialize<CatalogRun>(text, Json)).OfType<CatalogRun>());
            if (runs.Count >= max)
            {
                break;
            }
        }

        return runs.Take(max).ToList();
    }

    private static string Partition(string storefront, CatalogKind kind) => $"{TableKeys.Of(storefront)}-{Kind(kind)}";

    private static string Kind(CatalogKind kind) => kind.ToString().ToLowerInvariant();
}
