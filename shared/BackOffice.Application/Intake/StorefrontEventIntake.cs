using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Intake;

/// <summary>
/// Applies a storefront event about an order the hub may already hold (a cancellation, an update), durably and once:
/// the same steps as <see cref="OrderIntake"/> — de-dup lookup, raw body archived, change saved, delivery recorded last —
/// so a repeated delivery gets the same answer and a crash is completed by the storefront's retry.
/// </summary>
public sealed class StorefrontEventIntake(IDeliveryLog deliveryLog, IRawPayloadArchive archive, TimeProvider clock, ILogger<StorefrontEventIntake> logger)
{
    /// <param name="apply">Changes the order (through the application's actions) and says what it did; runs at most once per delivery.</param>
    public async Task<(IntakeResult Result, StorefrontChange Change)> ApplyAsync(
        InboundDelivery delivery, OrderId orderId, Func<CancellationToken, Task<StorefrontChange>> apply, CancellationToken cancellationToken)
    {
        var known = await deliveryLog.FindAsync(delivery.Source, delivery.DeliveryId, cancellationToken);
        if (known is not null)
        {
            logger.LogInformation("Delivery {DeliveryId} from {Channel} repeated; order {OrderId} unchanged", delivery.DeliveryId, delivery.Channel, known.OrderId);
            return (new IntakeResult(known.OrderId, Repeated: true), StorefrontChange.Unchanged);
        }

        var location = await archive.StoreAsync(delivery.Source, delivery.DeliveryId, delivery.RawBody, cancellationToken);
        var change = await apply(cancellationToken);
        await RecordAsync(delivery, orderId, location, cancellationToken);
        logger.LogInformation("Delivery {DeliveryId} from {Channel} for order {OrderId}: {Change}", delivery.DeliveryId, delivery.Channel, orderId, change);
        return (new IntakeResult(orderId.Value, Repeated: change != StorefrontChange.Applied), change);
    }

    /// <summary>
    /// Keeps a mark under a key of the caller's choosing (a cancellation that came before its order, say); the mark's
    /// <see cref="DeliveryRecord.PayloadLocation"/> names the delivery that set it.
    /// </summary>
    public Task MarkAsync(InboundDelivery delivery, string key, OrderId orderId, CancellationToken cancellationToken) =>
        deliveryLog.RecordAsync(new DeliveryRecord(delivery.Source, key, orderId.Value, delivery.DeliveryId, clock.GetUtcNow()), cancellationToken);

    /// <summary>A delivery already recorded, or a mark, of the channel.</summary>
    public Task<DeliveryRecord?> FindAsync(SalesChannel channel, string key, CancellationToken cancellationToken) =>
        deliveryLog.FindAsync(DeliverySource.Of(channel), key, cancellationToken);

    private Task RecordAsync(InboundDelivery delivery, OrderId orderId, string location, CancellationToken cancellationToken) =>
        deliveryLog.RecordAsync(new DeliveryRecord(delivery.Source, delivery.DeliveryId, orderId.Value, location, clock.GetUtcNow()), cancellationToken);
}
