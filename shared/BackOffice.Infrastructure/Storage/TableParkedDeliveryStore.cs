using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BackOffice.Application.Channels.Parking;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Storage;

/// <summary>
/// Parked deliveries: the entry in the deliveries table under its own partition (a handful at a time, listed by ops), the
/// payload beside the raw payloads (a table property holds 64 KiB, a webhook up to 1 MiB).
/// </summary>
internal sealed class TableParkedDeliveryStore(TableClient table, BlobContainerClient payloads, StorageOperationCounter counter) : IParkedDeliveryStore
{
    private const string Partition = "parked";

    public async Task ParkAsync(ParkedDelivery delivery, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        // Payload first: an entry never points at a payload that is not there.
        await payloads.GetBlobClient(BlobName(delivery.Id)).UploadAsync(
            BinaryData.FromBytes(payload),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken);
        counter.Count("blob.upload");
        await table.UpsertEntityAsync(
            new TableEntity(Partition, delivery.Id)
            {
                ["Channel"] = delivery.Channel.ToString(),
                ["DeliveryId"] = delivery.DeliveryId,
                ["Reason"] = delivery.Reason,
                ["Errors"] = JsonSerializer.Serialize(delivery.Errors),
                ["Headers"] = JsonSerializer.Serialize(delivery.Headers),
                ["ReceivedAt"] = delivery.ReceivedAt,
                ["Attempts"] = delivery.Attempts,
            },
            TableUpdateMode.Replace,
            cancellationToken);
        counter.Count("table.upsert");
    }

    public async Task<IReadOnlyList<ParkedDelivery>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<ParkedDelivery>();
        await foreach (var entity in table.QueryAsync<TableEntity>(entity => entity.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            list.Add(Read(entity));
        }

        counter.Count("table.query");
        return [.. list.OrderByDescending(delivery => delivery.ReceivedAt)];
    }

    public async Task<ParkedDelivery?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        counter.Count("table.read");
        return response.HasValue && response.Value is { } entity ? Read(entity) : null;
    }

    public async Task<ReadOnlyMemory<byte>?> ReadPayloadAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var content = await payloads.GetBlobClient(BlobName(id)).DownloadContentAsync(cancellationToken);
            counter.Count("blob.download");
            return content.Value.Content.ToMemory();
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    public async Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        // Entry first: a payload without an entry is invisible and harmless; the reverse would be an entry that cannot resume.
        await table.DeleteEntityAsync(Partition, id, ETag.All, cancellationToken);
        await payloads.GetBlobClient(BlobName(id)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        counter.Count("table.delete");
    }

    private static string BlobName(string id) => $"parked/{id}.json";

    private static ParkedDelivery Read(TableEntity entity) => new(
        entity.RowKey,
        Enum.Parse<SalesChannel>(entity.GetString("Channel")),
        entity.GetString("DeliveryId"),
        entity.GetString("Reason"),
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(entity.GetString("Errors") ?? "{}") ?? [],
        JsonSerializer.Deserialize<Dictionary<string, string>>(entity.GetString("Headers") ?? "{}") ?? [],
        entity.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
        entity.GetInt32("Attempts") ?? 1);
}
