using System.Text.Json;
using BackOffice.Application.Intake;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Channels.Hub;

/// <summary>Receives an order in the hub's own format: verify, parse, validate, then hand it to the intake.</summary>
public sealed class HubOrderWebhook(HubSignatureVerifier verifier, OrderIntake intake)
{
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

        if (!JsonPayload.TryParse(body, out var malformed))
        {
            return new WebhookOutcome.Rejected(WebhookRejection.Malformed, malformed);
        }

        HubOrderPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<HubOrderPayload>(body.Span, JsonOptions);
        }
        catch (JsonException exception)
        {
            var path = exception.Path is null or "$" ? "$" : exception.Path.TrimStart('$', '.');
            return Invalid(new Dictionary<string, string[]> { [path] = [path == "$" ? "must be a JSON object." : "has the wrong type."] });
        }

        var errors = new ValidationErrors();
        var placement = payload is null ? null : HubOrderMapper.Map(payload, errors);
        if (placement is null)
        {
            return Invalid(errors.Any ? errors.ToDictionary() : new Dictionary<string, string[]> { ["$"] = ["must be a JSON object."] });
        }

        var result = await intake.AcceptAsync(
            new InboundDelivery(SalesChannel.Hub, DeliveryIds.From(deliveryId, body.Span), body), placement, cancellationToken);
        return new WebhookOutcome.Accepted(result.OrderId, result.Repeated);
    }

    private static WebhookOutcome.Rejected Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(WebhookRejection.InvalidOrder, "The body is well-formed JSON but not a valid order.", errors);
}
