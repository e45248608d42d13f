using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BackOffice.Application.Expedition;

namespace BackOffice.Infrastructure.Expedition;

/// <summary>
/// Batches: the content (orders, pick list, manifests) and the PDF as write-once blobs under <c>batches/</c> in the
/// documents container, and in the expedition table one row per batch (for listing and the handover) and one per order
/// (which batch it went out in).
/// </summary>
internal sealed class TableExpeditionBatchStore(TableClient table, BlobContainerClient documents, StorageOperationCounter counter) : IExpeditionBatchStore
{
    private const string BatchPartition = "batch";
    private const string OrderPartition = "order";
    private const string LatestPartition = "latest";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ExpeditionBatch?> FindAsync(string batchId, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(BatchPartition, batchId, cancellationToken: cancellationToken);
        counter.Count("table.read");
        if (!row.HasValue || row.Value is not { } entity)
        {
            return null;
        }

        var content = await documents.GetBlobClient(ContentBlob(batchId)).DownloadContentAsync(cancellationToken);
        counter.Count("blob.read");
        var batch = content.Value.Content.ToObjectFromJson<ExpeditionBatch>(Json)
            ?? throw new InvalidOperationException($"Batch {batchId} has no content.");
        return batch with { HandedOverAt = entity.GetDateTimeOffset("HandedOverAt"), HandedOverBy = entity.GetString("HandedOverBy") };
    }

    public async Task<ExpeditionBatch> CreateAsync(ExpeditionBatch batch, byte[] pdf, CancellationToken cancellationToken)
    {
        var stored = batch with { PdfLocation = $"{documents.Name}/{PdfBlob(batch.BatchId)}" };
        // Blobs first and write-once: a row never points at a missing blob, and a batch's content never changes.
        await WriteOnceAsync(PdfBlob(batch.BatchId), BinaryData.FromBytes(pdf), "application/pdf", cancellationToken);
        await WriteOnceAsync(ContentBlob(batch.BatchId), BinaryData.FromObjectAsJson(stored, Json), "application/json", cancellationToken);
        try
        {
            await table.AddEntityAsync(
                new TableEntity(BatchPartition, batch.BatchId) { ["CreatedAt"] = batch.CreatedAt, ["OrderCount"] = batch.Orders.Count, ["Selection"] = batch.Selection },
                cancellationToken);
            counter.Count("table.insert");
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return await FindAsync(batch.BatchId, cancellationToken) ?? throw new InvalidOperationException($"Batch {batch.BatchId} vanished.");
        }

        if (batch.Selection == ExpeditionBatch.WaitingSelection)
        {
            await table.UpsertEntityAsync(new TableEntity(LatestPartition, ExpeditionBatch.WaitingSelection) { ["BatchId"] = batch.BatchId }, TableUpdateMode.Replace, cancellationToken);
            counter.Count("table.upsert");
        }

        // The content read back is what a later request finds: the one written first, if a concurrent request won.
        return await FindAsync(batch.BatchId, cancellationToken) ?? stored;
    }

    public async Task AssignAsync(string batchId, IEnumerable<string> orderIds, CancellationToken cancellationToken)
    {
        var assigned = await FindAssignedAsync(orderIds, cancellationToken);
        var missing = orderIds.Where(id => !assigned.Contains(id)).ToList();
        // One partition: up to 100 inserts per transaction. A concurrent batch may have taken an order; then insert one by one.
        foreach (var chunk in missing.Chunk(100))
        {
            try
            {
                await table.SubmitTransactionAsync(
                    chunk.Select(id => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(OrderPartition, id) { ["BatchId"] = batchId })),
                    cancellationToken);
                counter.Count("table.batch");
            }
            catch (TableTransactionFailedException)
            {
                foreach (var id in chunk)
                {
                    await AddIfMissingAsync(id, batchId, cancellationToken);
                }
            }
        }
    }

    public async Task<IReadOnlySet<string>> FindAssignedAsync(IEnumerable<string> orderIds, CancellationToken cancellationToken)
    {
        var wanted = orderIds.ToHashSet(StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }

        // One partition scan beats a point read per order; the rows are tiny.
        await foreach (var entity in table.QueryAsync<TableEntity>(entity => entity.PartitionKey == OrderPartition, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (wanted.Contains(entity.RowKey))
            {
                found.Add(entity.RowKey);
            }
        }

        counter.Count("table.query");
        return found;
    }

    public async Task<byte[]?> ReadPdfAsync(ExpeditionBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            var content = await documents.GetBlobClient(PdfBlob(batch.BatchId)).DownloadContentAsync(cancellationToken);
            counter.Count("blob.read");
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<ExpeditionBatchSummary>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var list = new List<ExpeditionBatchSummary>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {BatchPartition} and CreatedAt ge {since}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(new ExpeditionBatchSummary(
                entity.RowKey, entity.GetDateTimeOffset("CreatedAt") ?? since, entity.GetInt32("OrderCount") ?? 0, entity.GetDateTimeOffset("HandedOverAt"), entity.GetString("HandedOverBy")));
        }

        counter.Count("table.query");
        return [.. list.OrderByDescending(batch => batch.CreatedAt)];
    }

    public async Task<string?> LatestWaitingBatchAsync(CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(LatestPartition, ExpeditionBatch.WaitingSelection, cancellationToken: cancellationToken);
        counter.Count("table.read");
        return row.HasValue && row.Value is { } entity ? entity.GetString("BatchId") : null;
    }

    public async Task<ExpeditionBatch> MarkHandedOverAsync(ExpeditionBatch batch, DateTimeOffset at, string person, CancellationToken cancellationToken)
    {
        if (batch.HandedOverAt is not null)
        {
            return batch;
        }

        var row = await table.GetEntityAsync<TableEntity>(BatchPartition, batch.BatchId, cancellationToken: cancellationToken);
        if (row.Value.GetDateTimeOffset("HandedOverAt") is { } already)
        {
            return batch with { HandedOverAt = already, HandedOverBy = row.Value.GetString("HandedOverBy") };
        }

        try
        {
            await table.UpdateEntityAsync(
                new TableEntity(BatchPartition, batch.BatchId) { ["HandedOverAt"] = at, ["HandedOverBy"] = person }, row.Value.ETag, TableUpdateMode.Merge, cancellationToken);
            counter.Count("table.update");
            return batch with { HandedOverAt = at, HandedOverBy = person };
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return await FindAsync(batch.BatchId, cancellationToken) ?? batch;
        }
    }

    private static string PdfBlob(string batchId) => $"batches/{batchId}/batch.pdf";

    private static string ContentBlob(string batchId) => $"batches/{batchId}/batch.json";

    private async Task WriteOnceAsync(string name, BinaryData content, string contentType, CancellationToken cancellationToken)
    {
        try
        {
            await documents.GetBlobClient(name).UploadAsync(
                content,
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType }, Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
            counter.Count("blob.upload");
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            // Written by the first request for this batch: the same orders, so the same batch; the first one stays.
        }
    }

    private async Task AddIfMissingAsync(string orderId, string batchId, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(new TableEntity(OrderPartition, orderId) { ["BatchId"] = batchId }, cancellationToken);
            counter.Count("table.insert");
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Already in a batch: its first batch stays its batch.
        }
    }
}
