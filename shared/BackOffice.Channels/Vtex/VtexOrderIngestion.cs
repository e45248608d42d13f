using BackOffice.Application.Channels.Parking;
using BackOffice.Application.Intake;
using BackOffice.Application.Ops;
using BackOffice.Application.Orders;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Channels.Vtex;

/// <summary>
/// Handles one VTEX order state change, whether the hook or the feed reported it: a new order ready for handling is
/// read from the OMS and taken in (start-handling follows as a message, so a VTEX outage cannot lose the order), a
/// cancellation cancels, anything else is recorded without change. An OMS order the hub cannot map is parked for a
/// person, with the order as VTEX served it, to be corrected and resumed.
/// </summary>
public sealed class VtexOrderIngestion(
    IVtexOrderSource oms,
    IOrderRepository orders,
    OrderIntake intake,
    StorefrontEventIntake events,
    OrderActions actions,
    DeliveryParking parking,
    ILogger<VtexOrderIngestion> logger)
{
    public const string ParkedOrder = "order";

    public async Task<WebhookOutcome> IngestAsync(VtexNotification notification, CancellationToken cancellationToken)
    {
        var orderId = OrderId.For(SalesChannel.Vtex, notification.OrderId);
        var delivery = new InboundDelivery(SalesChannel.Vtex, notification.DeliveryId, notification.Body, notification.LastChange);
        if (VtexOrderStates.IsCancellation(notification.State))
        {
            var (cancelled, _) = await events.ApplyAsync(
                delivery,
                orderId,
                token => actions.CancelFromStorefrontAsync(orderId, $"VTEX order {notification.State}", Cause.Webhook(delivery.DeliveryId), notification.LastChange, token),
                cancellationToken);
            return new WebhookOutcome.Accepted(cancelled.OrderId, cancelled.Repeated);
        }

        if (!VtexOrderStates.IsNewOrder(notification.State)
            || await events.FindAsync(SalesChannel.Vtex, delivery.DeliveryId, cancellationToken) is not null
            || await orders.FindAsync(orderId, cancellationToken) is not null)
        {
            // Nothing to read from VTEX: the order is not new, or the hub has it already.
            var (recorded, _) = await events.ApplyAsync(delivery, orderId, _ => Task.FromResult(StorefrontChange.Unchanged), cancellationToken);
            return new WebhookOutcome.Accepted(recorded.OrderId, Repeated: true);
        }

        return await TakeInAsync(notification, delivery, cancellationToken);
    }

    private async Task<WebhookOutcome> TakeInAsync(VtexNotification notification, InboundDelivery delivery, CancellationToken cancellationToken)
    {
        if (await oms.GetOrderAsync(notification.OrderId, cancellationToken) is not { } body)
        {
            return new WebhookOutcome.Rejected(WebhookRejection.UnknownTarget, $"VTEX has no order {notification.OrderId}.");
        }

        return await TakeInAsync(notification.OrderId, delivery, body, cancellationToken);
    }

    /// <summary>An OMS order parked earlier, as ops corrected it, taken in under the notification it came for.</summary>
    public async Task<WebhookOutcome> ResumeOrderAsync(ParkedDelivery parked, ReadOnlyMemory<byte> order, CancellationToken cancellationToken)
    {
        var vtexOrderId = parked.Headers.GetValueOrDefault(VtexOrderChangedStep.VtexOrderId) ?? parked.DeliveryId.Split(':')[0];
        return await TakeInAsync(vtexOrderId, new InboundDelivery(SalesChannel.Vtex, parked.DeliveryId, order), order, cancellationToken);
    }

    private async Task<WebhookOutcome> TakeInAsync(string vtexOrderId, InboundDelivery delivery, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var vtexOrder = JsonPayload.TryParse(body, out var malformed) ? VtexOrder.Parse(body, errors) : null;
        var mapped = vtexOrder is null ? null : VtexOrderMapper.Map(vtexOrder, errors);
        if (mapped is null)
        {
            return await parking.ParkAsync(
                SalesChannel.Vtex,
                delivery.DeliveryId,
                body,
                malformed ?? $"VTEX order {vtexOrderId} is not an order the hub can take.",
                errors.ToDictionary(),
                new Dictionary<string, string> { [VtexOrderHook.ParkedKindHeader] = ParkedOrder, [VtexOrderChangedStep.VtexOrderId] = vtexOrderId },
                cancellationToken);
        }

        foreach (var warning in mapped.Warnings)
        {
            // Kind and path only: the values are personal data.
            logger.LogWarning("VTEX order {VtexOrderId}: {Warning} at {Path}", vtexOrderId, warning.Kind, warning.Path);
        }

        // The OMS order is what is archived: the notification carries no order data.
        var result = await intake.AcceptAsync(delivery with { RawBody = body }, mapped.Placement, cancellationToken);
        return new WebhookOutcome.Accepted(result.OrderId, result.Repeated);
    }
}
