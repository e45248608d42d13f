using BackOffice.Application.Channels.Parking;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Ops;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Channels.Shopify;

/// <summary>
/// Receives Shopify's order webhooks: verify on the raw bytes, then by topic — <c>orders/create</c> takes the order in,
/// <c>orders/cancelled</c> (or an update that carries <c>cancelled_at</c>) cancels it, other updates are recorded and
/// hint at a payment re-check. The ack verifies, parses and maps while Shopify waits, then makes one durable write —
/// the delivery on the order queue (<see cref="IntakeQueue"/>) — and answers; the same processing then runs again from
/// that message and does the storage work (<see cref="ShopifyWebhookReceivedStep"/>). A verified delivery the hub cannot
/// use is parked for a person and answered 2xx: Shopify counts any other answer as a failure and, after 8 retries over 4 hours, may remove
/// the subscription (shopify.dev/docs/apps/build/webhooks/troubleshooting-webhooks).
/// </summary>
public sealed class ShopifyWebhook(
    ShopifySignatureVerifier verifier,
    ShopifyWebhookSettings settings,
    OrderIntake intake,
    IntakeQueue queue,
    StorefrontEventIntake events,
    OrderActions actions,
    StorefrontUpdates updates,
    DeliveryParking parking,
    ILogger<ShopifyWebhook> logger) : IParkedDeliveryResumer
{
    public const string MessageType = "ShopifyWebhookReceived";

    public SalesChannel Channel => SalesChannel.Shopify;

    /// <summary>Says a cancellation came before its order; the order's intake then applies it.</summary>
    public static string EarlyCancellationKey(OrderId orderId) => $"early-cancel:{orderId.Value}";

    public async Task<WebhookOutcome> ReceiveAsync(ReadOnlyMemory<byte> body, ShopifyWebhookHeaders headers, CancellationToken cancellationToken)
    {
        if (!verifier.IsValid(headers.Hmac, body.Span))
        {
            return new WebhookOutcome.Rejected(
                WebhookRejection.Unauthorized,
                headers.Hmac is null ? $"The {ShopifyWebhookHeaders.HmacHeader} header is missing." : $"The {ShopifyWebhookHeaders.HmacHeader} header does not match the body.");
        }

        return await ProcessAsync(body, headers, null, deferred: true, cancellationToken);
    }

    /// <summary>The intake of a delivery the ack queued: stored once, however often the delivery or its message repeats.</summary>
    public async Task<WebhookOutcome> ApplyAsync(OrderMessage message, CancellationToken cancellationToken)
    {
        var delivery = await queue.ReadAsync(message, cancellationToken);
        var headers = new ShopifyWebhookHeaders(
            null,
            delivery.Headers.GetValueOrDefault(ShopifyWebhookHeaders.TopicHeader),
            delivery.Headers.GetValueOrDefault(ShopifyWebhookHeaders.WebhookIdHeader),
            delivery.Headers.GetValueOrDefault(ShopifyWebhookHeaders.EventIdHeader));
        return await ProcessAsync(delivery.Body, headers, null, deferred: false, cancellationToken);
    }

    public Task<WebhookOutcome> ResumeAsync(ParkedDelivery delivery, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        ProcessAsync(
            payload,
            new ShopifyWebhookHeaders(
                null, delivery.Headers.GetValueOrDefault(ShopifyWebhookHeaders.TopicHeader), delivery.Headers.GetValueOrDefault(ShopifyWebhookHeaders.WebhookIdHeader), delivery.Headers.GetValueOrDefault(ShopifyWebhookHeaders.EventIdHeader)),
            delivery.DeliveryId,
            deferred: false,
            cancellationToken);

    /// <param name="parkedAs">On resume: the delivery id it was parked under, kept whatever ops changed in the payload.</param>
    /// <param name="deferred">The ack: everything up to the storage work, which goes on the order queue instead.</param>
    private async Task<WebhookOutcome> ProcessAsync(
        ReadOnlyMemory<byte> body, ShopifyWebhookHeaders headers, string? parkedAs, bool deferred, CancellationToken cancellationToken)
    {
        headers = headers with { ParkedAs = parkedAs };
        if (!JsonPayload.TryParse(body, out var malformed))
        {
            return await ParkAsync(body, headers, malformed, null, cancellationToken);
        }

        if (!ShopifyWebhookTopics.IsOrderTopic(headers.Topic))
        {
            return await ParkAsync(body, headers, $"'{headers.Topic ?? "none"}' is not an order topic the hub handles.", new Dictionary<string, string[]>
            {
                [ShopifyWebhookHeaders.TopicHeader] = [$"must be one of {string.Join(", ", ShopifyWebhookTopics.All)}."],
            }, cancellationToken);
        }

        var errors = new ValidationErrors();
        var order = ShopifyOrder.Parse(body, errors);
        if (order is null)
        {
            return await InvalidAsync(body, headers, errors, cancellationToken);
        }

        var delivery = new InboundDelivery(SalesChannel.Shopify, DeliveryIds.From(headers.DeduplicationId, body.Span), body, order.UpdatedAt);
        return headers.Topic switch
        {
            ShopifyWebhookTopics.OrdersCreate => await CreateAsync(order, delivery, headers, deferred, cancellationToken),
            ShopifyWebhookTopics.OrdersCancelled => await CancelAsync(order, delivery, headers, deferred, cancellationToken),
            _ when order.CancelledAt is not null => await CancelAsync(order, delivery, headers, deferred, cancellationToken),
            _ => await UpdateAsync(order, delivery, headers, deferred, cancellationToken),
        };
    }

    /// <summary>The ack's one write: the delivery and the headers its intake reads again, on the order queue.</summary>
    private async Task<WebhookOutcome> DeferAsync(InboundDelivery delivery, OrderId orderId, ShopifyWebhookHeaders headers, CancellationToken cancellationToken)
    {
        await queue.EnqueueAsync(MessageType, delivery, orderId, Kept(headers), cancellationToken);
        // Whether it repeats an earlier delivery is for the intake to find out: here it would cost the ack a read.
        return new WebhookOutcome.Accepted(orderId.Value, Repeated: null);
    }

    private async Task<WebhookOutcome> CreateAsync(
        ShopifyOrder order, InboundDelivery delivery, ShopifyWebhookHeaders headers, bool deferred, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var mapped = ShopifyOrderMapper.Map(order, errors, settings.HubCreatesCharges);
        if (mapped is null)
        {
            return await InvalidAsync(delivery.RawBody, headers, errors, cancellationToken);
        }

        var orderId = OrderId.For(SalesChannel.Shopify, mapped.Placement.ExternalId);
        if (deferred)
        {
            return await DeferAsync(delivery, orderId, headers, cancellationToken);
        }

        foreach (var warning in mapped.Warnings)
        {
            // Kind and path only: the values are personal data.
            logger.LogWarning("Shopify order {ExternalId}: {Warning} at {Path}", mapped.Placement.ExternalId, warning.Kind, warning.Path);
        }

        var result = await intake.AcceptAsync(delivery, mapped.Placement, cancellationToken);
        // Checked on every delivery, not only the first: a crash after the intake is completed by Shopify's retry.
        if (await events.FindAsync(SalesChannel.Shopify, EarlyCancellationKey(orderId), cancellationToken) is { } early)
        {
            await actions.CancelFromStorefrontAsync(
                orderId, "Shopify orders/cancelled (received before orders/create)", Cause.Webhook(early.PayloadLocation), null, cancellationToken);
        }

        return new WebhookOutcome.Accepted(result.OrderId, result.Repeated);
    }

    private async Task<WebhookOutcome> CancelAsync(
        ShopifyOrder order, InboundDelivery delivery, ShopifyWebhookHeaders headers, bool deferred, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var cancellation = ShopifyCancellationMapper.Map(order, errors);
        if (cancellation is null)
        {
            return await InvalidAsync(delivery.RawBody, headers, errors, cancellationToken);
        }

        var orderId = cancellation.OrderId;
        if (deferred)
        {
            return await DeferAsync(delivery, orderId, headers, cancellationToken);
        }

        var version = order.UpdatedAt ?? cancellation.CancelledAt;
        Task<StorefrontChange> Cancel(CancellationToken token) => actions.CancelFromStorefrontAsync(
            orderId, $"Shopify orders/cancelled ({cancellation.Reason})", Cause.Webhook(delivery.DeliveryId), version, token);

        var (result, change) = await events.ApplyAsync(delivery, orderId, Cancel, cancellationToken);
        if (change == StorefrontChange.OrderNotFound)
        {
            // The cancellation overtook its orders/create (Shopify does not keep order between topics): leave a mark for
            // the intake, then look once more, in case the order was stored while the mark was being written.
            await events.MarkAsync(delivery, EarlyCancellationKey(orderId), orderId, cancellationToken);
            change = await Cancel(cancellationToken);
        }

        return new WebhookOutcome.Accepted(result.OrderId, change != StorefrontChange.Applied);
    }

    private async Task<WebhookOutcome> UpdateAsync(
        ShopifyOrder order, InboundDelivery delivery, ShopifyWebhookHeaders headers, bool deferred, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var externalId = ShopifyOrderMapper.MapId(order.Id, errors);
        if (externalId is null || errors.Any)
        {
            return await InvalidAsync(delivery.RawBody, headers, errors, cancellationToken);
        }

        var orderId = OrderId.For(SalesChannel.Shopify, externalId);
        if (deferred)
        {
            return await DeferAsync(delivery, orderId, headers, cancellationToken);
        }

        var paymentChanged = order.FinancialStatus is ShopifyFinancialStatuses.Paid or ShopifyFinancialStatuses.Voided;
        var (result, change) = await events.ApplyAsync(
            delivery, orderId, token => updates.RecordAsync(orderId, order.UpdatedAt, paymentChanged, delivery.DeliveryId, token), cancellationToken);
        return new WebhookOutcome.Accepted(result.OrderId, change != StorefrontChange.Applied);
    }

    private Task<WebhookOutcome> InvalidAsync(ReadOnlyMemory<byte> body, ShopifyWebhookHeaders headers, ValidationErrors errors, CancellationToken cancellationToken) =>
        ParkAsync(body, headers, $"Not a Shopify {headers.Topic} event the hub can use.", errors.ToDictionary(), cancellationToken);

    private async Task<WebhookOutcome> ParkAsync(
        ReadOnlyMemory<byte> body, ShopifyWebhookHeaders headers, string reason, IReadOnlyDictionary<string, string[]>? errors, CancellationToken cancellationToken) =>
        await parking.ParkAsync(SalesChannel.Shopify, headers.ParkedAs ?? DeliveryIds.From(headers.DeduplicationId, body.Span), body, reason, errors, Kept(headers), cancellationToken);

    /// <summary>The headers a parked or queued delivery keeps for its later processing.</summary>
    private static Dictionary<string, string> Kept(ShopifyWebhookHeaders headers)
    {
        var kept = new Dictionary<string, string>();
        foreach (var (name, value) in new[]
                 {
                     (ShopifyWebhookHeaders.TopicHeader, headers.Topic), (ShopifyWebhookHeaders.WebhookIdHeader, headers.WebhookId), (ShopifyWebhookHeaders.EventIdHeader, headers.EventId),
                 })
        {
            if (value is not null)
            {
                kept[name] = value;
            }
        }

        return kept;
    }
}
