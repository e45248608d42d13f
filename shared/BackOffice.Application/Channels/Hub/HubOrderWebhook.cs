using System.Text.Json;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Channels.Hub;

/// <summary>
/// Receives an order in the hub's own format: verify, parse and validate while the sender waits (a rejected request
/// stores nothing), then one durable write — the delivery on the order queue — and the answer. The intake proper runs
/// from that message (<see cref="HubOrderReceivedStep"/>).
/// </summary>
public sealed class HubOrderWebhook(HubSignatureVerifier verifier, OrderIntake intake, IntakeQueue queue)
{
    public const string MessageType = "HubOrderReceived";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <param name="deliveryId">The <c>X-Hub-Delivery</c> header; when absent the body's hash stands in, so a resent body is still one delivery.</param>
    public async Task<WebhookOutcome> ReceiveAsync(ReadOnlyMemory<byte> body, string? signature, string? deliveryId, CancellationToken cancellationToken)
    {
        if (!verifier.IsValid(signature, body.Span))
        {
            return new WebhookOutcome.Rejected(
                WebhookRejection.Unauthorized,
                signature is null ? "The X-Hub-Signature-256 header is missing." : "The X-Hub-Signature-256 header does not match the body.");
        }

        var (placement, rejection) = Check(body);
        if (placement is null)
        {
            return rejection!;
        }

        var orderId = OrderId.For(SalesChannel.Hub, placement.ExternalId);
        await queue.EnqueueAsync(MessageType, Delivery(DeliveryIds.From(deliveryId, body.Span), body), orderId, null, cancellationToken);
        // Whether this delivery repeats one is known only to the intake: finding out here would cost the ack a read.
        return new WebhookOutcome.Accepted(orderId.Value, Repeated: null);
    }

    /// <summary>The intake of a delivery the ack queued: the order stored once, however often the delivery or its message repeats.</summary>
    public async Task<WebhookOutcome> ApplyAsync(OrderMessage message, CancellationToken cancellationToken)
    {
        var delivery = await queue.ReadAsync(message, cancellationToken);
        if (Check(delivery.Body).Placement is not { } placement)
        {
            // The ack validated the same bytes: only a message changed on the way gets here.
            throw new UnprocessableMessageException($"{message.Type} {message.MessageId} does not carry a valid hub order.");
        }

        var result = await intake.AcceptAsync(Delivery(delivery.DeliveryId, delivery.Body), placement, cancellationToken);
        return new WebhookOutcome.Accepted(result.OrderId, result.Repeated);
    }

    private static InboundDelivery Delivery(string deliveryId, ReadOnlyMemory<byte> body) => new(SalesChannel.Hub, deliveryId, body);

    private static (OrderPlacement? Placement, WebhookOutcome.Rejected? Rejection) Check(ReadOnlyMemory<byte> body)
    {
        if (!JsonPayload.TryParse(body, out var malformed))
        {
            return (null, new WebhookOutcome.Rejected(WebhookRejection.Malformed, malformed));
        }

        HubOrderPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<HubOrderPayload>(body.Span, JsonOptions);
        }
        catch (JsonException exception)
        {
            var path = exception.Path is null or "$" ? "$" : exception.Path.TrimStart('$', '.');
            return (null, Invalid(new Dictionary<string, string[]> { [path] = [path == "$" ? "must be a JSON object." : "has the wrong type."] }));
        }

        var errors = new ValidationErrors();
        var placement = payload is null ? null : HubOrderMapper.Map(payload, errors);
        return placement is null
            ? (null, Invalid(errors.Any ? errors.ToDictionary() : new Dictionary<string, string[]> { ["$"] = ["must be a JSON object."] }))
            : (placement, null);
    }

    private static WebhookOutcome.Rejected Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(WebhookRejection.InvalidOrder, "The body is well-formed JSON but not a valid order.", errors);
}
