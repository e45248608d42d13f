using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BackOffice.Application.Channels.Hub;

namespace BackOffice.Application.StoreEvents;

/// <summary>
/// One attempt's request: the event with its <c>sentAt</c> (the attempt's time, inside the signed body, so a captured
/// delivery cannot be replayed later without the store noticing its age — Stripe signs its timestamp for the same
/// reason), signed as the hub's inbound format is: <c>X-Hub-Signature-256: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c>
/// (GitHub's header). <c>X-Hub-Delivery</c> carries the event id, the same on every attempt (GitHub's
/// <c>X-GitHub-Delivery</c> is per event too), for the store to drop repeats.
/// </summary>
public static class StoreEventSigner
{
    public const string EventHeader = "X-Hub-Event";
    public const string DeliveryHeader = "X-Hub-Delivery";
    public const string TimestampHeader = "X-Hub-Timestamp";
    public const string SignatureHeader = "X-Hub-Signature-256";
    public const string UserAgent = "BackOffice-Hookshot/1.0";

    public static (byte[] Body, IReadOnlyDictionary<string, string> Headers) Sign(StoreEventDelivery delivery, string secret, DateTimeOffset sentAt)
    {
        var envelope = JsonNode.Parse(delivery.Body)?.AsObject() ?? throw new InvalidOperationException($"Store event {delivery.EventId} has no body.");
        var at = sentAt.ToUniversalTime();
        envelope["sentAt"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes(envelope.ToJsonString());
        return (body, new Dictionary<string, string>
        {
            [EventHeader] = delivery.Type,
            [DeliveryHeader] = delivery.EventId,
            [TimestampHeader] = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            [SignatureHeader] = HubSignatureVerifier.Sign(secret, body),
            ["User-Agent"] = UserAgent,
        });
    }
}
