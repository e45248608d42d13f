using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Intake;

/// <summary>
/// A storefront's update of an order the hub holds. The hub's order is not edited from it (items and amounts were
/// fixed at intake); only its time is kept, so that older events are recognised, and a change of payment becomes a
/// hint to ask the gateway again: its answer, not the storefront's word, moves the order.
/// </summary>
public sealed class StorefrontUpdates(OrderUpdater updater, IMessagePublisher publisher, TimeProvider clock)
{
    public async Task<StorefrontChange> RecordAsync(
        OrderId orderId, DateTimeOffset? storefrontVersion, bool paymentChanged, string deliveryId, CancellationToken cancellationToken)
    {
        var stale = false;
        TrackedOrder order;
        try
        {
            order = await updater.UpdateAsync(orderId, tracked =>
            {
                stale = tracked.IsStale(storefrontVersion);
                var previous = tracked.StorefrontVersion;
                tracked.AdvanceStorefrontVersion(storefrontVersion);
                return !stale && previous != tracked.StorefrontVersion;
            }, cancellationToken);
        }
        catch (OrderNotFoundException)
        {
            return StorefrontChange.OrderNotFound;
        }

        if (stale || !paymentChanged || order.Order.Status != OrderStatus.AwaitingPayment)
        {
            return StorefrontChange.Unchanged;
        }

        var now = clock.GetUtcNow();
        await publisher.PublishAsync(
            new OutboxMessage($"{orderId.Value}:storefront-update:{deliveryId}", OrderMessageTypes.ContinueOrder, orderId.Value, now), cancellationToken);
        return StorefrontChange.Applied;
    }
}
