using BackOffice.Application.Messaging;
using BackOffice.Application.Ops.Customers;
using BackOffice.Application.Telemetry;
using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Intake;

/// <summary>
/// Stores a new order durably, once, whatever channel it came from. Every step is safe to repeat, and the delivery is
/// recorded last, so a crash anywhere means the sender's retry completes the work instead of being told it is done.
/// </summary>
public sealed class OrderIntake(
    IDeliveryLog deliveryLog,
    IRawPayloadArchive archive,
    IOrderRepository repository,
    OutboxDispatcher dispatcher,
    TimeProvider clock,
    ILogger<OrderIntake> logger,
    CustomerHistory? customers = null)
{
    public async Task<IntakeResult> AcceptAsync(InboundDelivery delivery, OrderPlacement placement, CancellationToken cancellationToken)
    {
        var known = await deliveryLog.FindAsync(delivery.Source, delivery.DeliveryId, cancellationToken);
        if (known is not null)
        {
            logger.LogInformation("Delivery {DeliveryId} from {Channel} repeated; order {OrderId} unchanged", delivery.DeliveryId, delivery.Channel, known.OrderId);
            return new IntakeResult(known.OrderId, Repeated: true);
        }

        var location = await archive.StoreAsync(delivery.Source, delivery.DeliveryId, delivery.RawBody, cancellationToken);
        var now = clock.GetUtcNow();
        var order = TrackedOrder.New(Order.Receive(placement, Cause.Webhook(delivery.DeliveryId), now));
        order.AdvanceStorefrontVersion(delivery.StorefrontVersion);
        var created = await repository.TryCreateAsync(order, cancellationToken);
        var stored = created
            ? order
            : await repository.FindAsync(order.Order.Id, cancellationToken) ?? throw new OrderNotFoundException(order.Order.Id);

        // Also re-drives the outbox of an order whose first intake stopped after the save.
        await dispatcher.DispatchAsync(stored, cancellationToken);
        if (customers is not null)
        {
            // Before the delivery is recorded, like every step: a crash here means the retry indexes it.
            await customers.IndexAsync(stored.Order, cancellationToken);
        }

        await deliveryLog.RecordAsync(new DeliveryRecord(delivery.Source, delivery.DeliveryId, stored.Order.Id.Value, location, now), cancellationToken);

        if (created)
        {
            OrderMetrics.RecordSaved(stored.Order, 0, logger);
            logger.LogInformation("Order {OrderId} received from {Channel} (delivery {DeliveryId})", stored.Order.Id, delivery.Channel, delivery.DeliveryId);
        }
        else
        {
            logger.LogInformation("Order {OrderId} already known; delivery {DeliveryId} from {Channel} changes nothing", stored.Order.Id, delivery.DeliveryId, delivery.Channel);
        }

        return new IntakeResult(stored.Order.Id.Value, Repeated: !created);
    }
}
