namespace BackOffice.Application.Intake;

/// <summary>The de-duplication record of inbound deliveries (webhooks), keyed by the sender's delivery id.</summary>
public interface IDeliveryLog
{
    Task<DeliveryRecord?> FindAsync(DeliverySource source, string deliveryId, CancellationToken cancellationToken);

    /// <summary>Records a delivery; recording the same delivery twice keeps the first record.</summary>
    /// <returns>True when this call recorded it; false when it was recorded already (a repeat, or a parallel copy that won).</returns>
    Task<bool> RecordAsync(DeliveryRecord record, CancellationToken cancellationToken);
}
