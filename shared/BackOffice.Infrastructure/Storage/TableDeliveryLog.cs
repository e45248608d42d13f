using Azure;
using Azure.Data.Tables;
using BackOffice.Application.Intake;

namespace BackOffice.Infrastructure.Storage;

/// <summary>Deliveries in a table: partition = the source (channel or partner), row = the sender's delivery id.</summary>
internal sealed class TableDeliveryLog(TableClient table, StorageOperationCounter counter) : IDeliveryLog
{
    public async Task<DeliveryRecord?> FindAsync(DeliverySource source, string deliveryId, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(source.Name, deliveryId, cancellationToken: cancellationToken);
        counter.Count("table.read");
        if (!response.HasValue || response.Value is not { } entity)
        {
            return null;
        }

        return new DeliveryRecord(
            source,
            deliveryId,
            entity.GetString("OrderId"),
            entity.GetString("PayloadLocation"),
            entity.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue);
    }

    public async Task<bool> RecordAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(record.Source.Name, record.DeliveryId)
        {
            ["OrderId"] = record.OrderId,
            ["PayloadLocation"] = record.PayloadLocation,
            ["ReceivedAt"] = record.ReceivedAt,
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Recorded before (a repeat) or by a concurrent delivery of the same id; the first record stands.
            return false;
        }
        finally
        {
            counter.Count("table.insert");
        }
    }
}
