using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using BackOffice.Application.StoreEvents;

namespace BackOffice.Infrastructure.StoreEvents;

/// <summary>
/// One entity per order (partition = order id, row <c>log</c>): the deliveries as gzipped JSON (a day of retries of a
/// dozen events stays far under the 64 KiB of a binary property), and <c>Failing</c> for the ops list. Every save is
/// conditional on the ETag read, which is what keeps two couriers of an order apart.
/// </summary>
internal sealed class TableStoreEventLog(TableClient table, StorageOperationCounter counter) : IStoreEventLog
{
    private const string RowKey = "log";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<StoreEventLog> ReadAsync(string orderId, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(orderId, RowKey, cancellationToken: cancellationToken);
        counter.Count("table.read");
        return response.HasValue && response.Value is { } entity ? FromEntity(entity) : StoreEventLog.Empty(orderId);
    }

    public async Task<StoreEventLog?> TrySaveAsync(StoreEventLog log, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(log.OrderId, RowKey)
        {
            ["Log"] = Compress(log.Deliveries),
            ["Failing"] = log.IsFailing,
            ["Undelivered"] = log.Deliveries.Count(delivery => delivery.State != StoreEventState.Delivered),
        };
        try
        {
            var response = log.ETag is null
                ? await table.AddEntityAsync(entity, cancellationToken)
                : await table.UpdateEntityAsync(entity, new ETag(log.ETag), TableUpdateMode.Replace, cancellationToken);
            return log with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            return null;
        }
        finally
        {
            counter.Count(log.ETag is null ? "table.insert" : "table.update");
        }
    }

    public async Task<IReadOnlyList<StoreEventLog>> ListFailingAsync(int limit, CancellationToken cancellationToken)
    {
        var logs = new List<StoreEventLog>();
        await foreach (var entity in table.QueryAsync<TableEntity>(entity => entity.RowKey == RowKey && entity.GetBoolean("Failing") == true, cancellationToken: cancellationToken))
        {
            logs.Add(FromEntity(entity));
            if (logs.Count >= limit)
            {
                break;
            }
        }

        counter.Count("table.query");
        return logs;
    }

    private static StoreEventLog FromEntity(TableEntity entity) =>
        new(entity.PartitionKey, entity.ETag.ToString(), Decompress(entity.GetBinary("Log")));

    private static byte[] Compress(IReadOnlyList<StoreEventDelivery> deliveries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(zip, deliveries, Json);
        }

        return buffer.ToArray();
    }

    private static IReadOnlyList<StoreEventDelivery> Decompress(byte[]? data)
    {
        if (data is null || data.Length == 0)
        {
            return [];
        }

        using var zip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<List<StoreEventDelivery>>(zip, Json) ?? [];
    }
}
