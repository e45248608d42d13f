using System.Globalization;
using BackOffice.Application.Channels.Parking;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Domain.Orders;

namespace BackOffice.Channels.Vtex;

/// <summary>
/// Receives VTEX's order hook. VTEX wants a 200 within 5000 ms and retries otherwise (developers.vtex.com/docs/guides/orders-feed,
/// "Hook"), so nothing here calls VTEX: a notification is checked, put on the order queue and answered; the order is read
/// from the OMS by <see cref="VtexOrderChangedStep"/>. A ping is answered at once (VTEX refuses to save a hook whose ping
/// fails); a notification must carry the secret header; one that carries it but cannot be used is parked for a person.
/// </summary>
public sealed class VtexOrderHook(
    VtexHookVerifier verifier, StorefrontEventIntake events, IMessagePublisher publisher, DeliveryParking parking, TimeProvider clock)
{
    public const string MessageType = "VtexOrderChanged";

    /// <summary>The kind of a parked VTEX payload: the hook's own body, or the OMS order read for it.</summary>
    public const string ParkedKindHeader = "Kind";
    public const string ParkedHook = "hook";

    /// <summary>
    /// A VTEX notification is a few hundred bytes (seven short fields). The queued message carries the hook's body, and a
    /// queue message is at most 64 KiB on Storage queues (256 KiB on Service Bus standard) after JSON escaping, which can
    /// make a body six times longer: a body past this size is not a notification the hub can use, and is parked.
    /// </summary>
    public const int MaxHookBytes = 8 * 1024;

    public async Task<WebhookOutcome> ReceiveAsync(ReadOnlyMemory<byte> body, string? secretHeader, CancellationToken cancellationToken)
    {
        if (!JsonPayload.TryParse(body, out var malformed))
        {
            return verifier.HasSecret(secretHeader)
                ? await ParkAsync(body, null, malformed, null, cancellationToken)
                : Unauthorized(secretHeader);
        }

        var errors = new ValidationErrors();
        var hook = VtexHookPayload.Parse(body, errors);
        if (hook is { IsPing: true })
        {
            return new WebhookOutcome.Ping();
        }

        if (!verifier.HasSecret(secretHeader))
        {
            return Unauthorized(secretHeader);
        }

        return await AcceptAsync(body, hook, errors, null, cancellationToken);
    }

    /// <summary>A parked hook body, as ops corrected it: checked again (not its secret, checked when it came) and queued.</summary>
    public async Task<WebhookOutcome> ResumeAsync(ParkedDelivery delivery, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        if (!JsonPayload.TryParse(payload, out var malformed))
        {
            return await ParkAsync(payload, delivery.DeliveryId, malformed, null, cancellationToken);
        }

        var errors = new ValidationErrors();
        return await AcceptAsync(payload, VtexHookPayload.Parse(payload, errors), errors, delivery.DeliveryId, cancellationToken);
    }

    private async Task<WebhookOutcome> AcceptAsync(
        ReadOnlyMemory<byte> body, VtexHookPayload? hook, ValidationErrors errors, string? parkedAs, CancellationToken cancellationToken)
    {
        if (hook is null || hook.IsPing)
        {
            return await ParkAsync(body, parkedAs, "Not a VTEX order hook notification the hub can use.", errors.ToDictionary(), cancellationToken);
        }

        if (body.Length > MaxHookBytes)
        {
            return await ParkAsync(body, parkedAs, $"The notification is {body.Length} bytes; a VTEX order hook is a few hundred, and the hub takes at most {MaxHookBytes}.", null, cancellationToken);
        }

        if (verifier.OriginProblem(hook.Origin) is { } problem)
        {
            // The secret was right, so this is our hook configured on another account or app key: a setting to fix.
            return await ParkAsync(body, parkedAs, problem, null, cancellationToken);
        }

        var notification = new VtexNotification(hook.OrderId!, hook.State!, hook.LastChange!.Value, body);
        var orderId = OrderId.For(SalesChannel.Vtex, notification.OrderId);
        if (await events.FindAsync(SalesChannel.Vtex, notification.DeliveryId, cancellationToken) is { } known)
        {
            return new WebhookOutcome.Accepted(known.OrderId, Repeated: true);
        }

        // The queue is the durable copy: its message names the change, and the step reads the order and de-duplicates.
        await publisher.PublishAsync(
            new OutboxMessage(
                $"{orderId.Value}:vtex-hook:{notification.DeliveryId}",
                MessageType,
                orderId.Value,
                clock.GetUtcNow(),
                new Dictionary<string, string>
                {
                    [VtexOrderChangedStep.State] = notification.State,
                    [VtexOrderChangedStep.LastChange] = notification.LastChange.ToString("O", CultureInfo.InvariantCulture),
                    [VtexOrderChangedStep.VtexOrderId] = notification.OrderId,
                    [VtexOrderChangedStep.Body] = System.Text.Encoding.UTF8.GetString(body.Span),
                }),
            cancellationToken);
        return new WebhookOutcome.Accepted(orderId.Value, Repeated: false);
    }

    private async Task<WebhookOutcome> ParkAsync(
        ReadOnlyMemory<byte> body, string? parkedAs, string reason, IReadOnlyDictionary<string, string[]>? errors, CancellationToken cancellationToken) =>
        await parking.ParkAsync(
            SalesChannel.Vtex,
            parkedAs ?? DeliveryIds.From(null, body.Span),
            body,
            reason,
            errors,
            new Dictionary<string, string> { [ParkedKindHeader] = ParkedHook },
            cancellationToken);

    private WebhookOutcome.Rejected Unauthorized(string? secretHeader) => new(
        WebhookRejection.Unauthorized,
        secretHeader is null ? $"The {verifier.HeaderName} header is missing." : $"The {verifier.HeaderName} header is wrong.");
}
