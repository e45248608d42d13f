using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Callbacks;

/// <summary>
/// Receives a partner callback: authenticate, read, keep the raw body, hand it to the order's message flow, and record
/// it as seen. The message is sent before the callback is recorded, so a failure makes the partner retry.
/// </summary>
/// <remarks>
/// The record is the de-duplication, without a read before it: inserting it fails for a callback seen before, which is
/// then answered as repeated. By then the repeat has been archived again (same name, same bytes) and its message sent
/// again under the same id, which the order's inbox absorbs (and Service Bus's duplicate detection drops first) — the
/// same path a parallel copy or a retry after a crash before the record always took. One table read per callback
/// (six per order) for a rare repeat's blob overwrite and absorbed message.
/// </remarks>
public sealed class PartnerCallbackIntake(
    IEnumerable<CallbackPartner> partners,
    IOrderRepository orders,
    IDeliveryLog deliveryLog,
    IRawPayloadArchive archive,
    IMessagePublisher publisher,
    TimeProvider clock,
    ILogger<PartnerCallbackIntake> logger)
{
    private readonly Dictionary<string, CallbackPartner> _partners = partners.ToDictionary(partner => partner.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Partners => _partners.Keys;

    public async Task<WebhookOutcome> ReceiveAsync(string partnerName, Func<string, string?> header, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (!_partners.TryGetValue(partnerName, out var partner))
        {
            return new WebhookOutcome.Rejected(
                WebhookRejection.UnknownTarget, $"No partner '{partnerName}'. Callbacks are accepted for: {string.Join(", ", _partners.Keys.Order())}.");
        }

        if (!await partner.Authenticator.IsAuthenticAsync(header, body, cancellationToken))
        {
            return new WebhookOutcome.Rejected(WebhookRejection.Unauthorized, $"The callback is not authenticated the way {partner.Name} authenticates its callbacks.");
        }

        if (!JsonPayload.TryParse(body, out var malformed))
        {
            return new WebhookOutcome.Rejected(WebhookRejection.Malformed, malformed);
        }

        using var document = System.Text.Json.JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            // Every partner's callback is a JSON object; the readers may look into it only then.
            const string notObject = "The callback body must be a JSON object.";
            return new WebhookOutcome.Rejected(WebhookRejection.InvalidOrder, notObject, new Dictionary<string, string[]> { ["$"] = [notObject] });
        }

        if (partner.Reader.Read(document.RootElement, out var unreadable) is not { } callback)
        {
            return new WebhookOutcome.Rejected(WebhookRejection.InvalidOrder, unreadable!, new Dictionary<string, string[]> { ["$"] = [unreadable!] });
        }

        if (CallbackFieldBounds.Violations(callback) is { Count: > 0 } tooLong)
        {
            // Warning: the sender's fault, yet a person should hear that a partner sends what the hub cannot carry.
            logger.LogWarning(
                "{Partner} callback for order {OrderRef} refused: {Fields} longer than {MaxLength} characters",
                partner.Name,
                OrderId.TryParse(callback.OrderRef, out var named) ? named!.Value : "(none named)",
                string.Join(", ", tooLong.Keys),
                CallbackFieldBounds.MaxLength);
            return new WebhookOutcome.Rejected(WebhookRejection.InvalidOrder, string.Join(" ", tooLong.Values.SelectMany(errors => errors)), tooLong);
        }

        var orderRef = callback.OrderRef;
        if (orderRef is null && partner.OrderResolver is { } resolver && callback.ResourceId is { } resourceId)
        {
            orderRef = await resolver.OrderRefOfAsync(resourceId, cancellationToken);
        }

        if (!OrderId.TryParse(orderRef, out var orderId) || await orders.FindAsync(orderId!, cancellationToken) is null)
        {
            return new WebhookOutcome.Rejected(
                WebhookRejection.UnknownTarget,
                orderRef is null
                    ? $"No order of ours is tied to {partner.Name}'s '{callback.ResourceId}'."
                    : $"No order '{orderRef}' for this {partner.Name} callback.");
        }

        var source = DeliverySource.Callback(partner.Name);
        var deliveryId = DeliveryIds.From(callback.CallbackId, body.Span);
        var location = await archive.StoreAsync(source, deliveryId, body, cancellationToken);
        var now = clock.GetUtcNow();
        await publisher.PublishAsync(
            new OutboxMessage(
                $"{orderId!.Value}:{source.Name}:{deliveryId}",
                OrderMessageTypes.PartnerCallbackReceived,
                orderId.Value,
                now,
                new Dictionary<string, string>
                {
                    [OrderMessageData.Partner] = partner.Name,
                    [OrderMessageData.Event] = callback.EventType,
                    [OrderMessageData.ResourceId] = callback.ResourceId ?? "",
                    [OrderMessageData.PayloadLocation] = location,
                }),
            cancellationToken);
        var first = await deliveryLog.RecordAsync(new DeliveryRecord(source, deliveryId, orderId.Value, location, now), cancellationToken);
        // Debug: the callback's request span carries the order id, its raw body is kept, and its message's handling follows.
        logger.LogDebug("{Partner} callback {Event} for order {OrderId} accepted (repeated: {Repeated})", partner.Name, callback.EventType, orderId, !first);
        return new WebhookOutcome.Accepted(orderId.Value, Repeated: !first);
    }
}
