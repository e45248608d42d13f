using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Store;

/// <summary>
/// Receives the hub's store events the way a careful store would (and as the hub's schema tells it to): the
/// <c>X-Hub-Signature-256</c> HMAC over the raw bytes first, then the signed <c>sentAt</c> within 5 minutes (Stripe's
/// default tolerance), then the event id against the ids already seen. Every verified delivery goes into the ledger,
/// repeats included, so a test sees an event sent twice.
/// </summary>
public sealed class StoreInbox(SandboxSettings settings, CallLedger ledger, TimeProvider clock)
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
    private const string SignaturePrefix = "sha256=";

    private readonly Lock _gate = new();
    private readonly List<ReceivedStoreEvent> _received = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public ReceivedStoreEvent Receive(byte[] body, string? signature, string? deliveryHeader)
    {
        var now = clock.GetUtcNow();
        if (!SignatureMatches(body, signature))
        {
            return Keep(new ReceivedStoreEvent(deliveryHeader, null, null, null, now, "bad-signature", StatusCodes.Status401Unauthorized, null));
        }

        JsonObject? parsed;
        try
        {
            parsed = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            parsed = null;
        }

        var eventId = parsed?.Text("id");
        if (parsed is null || eventId is null || parsed.Text("type") is null || eventId != deliveryHeader)
        {
            return Keep(new ReceivedStoreEvent(deliveryHeader, null, null, null, now, "malformed", StatusCodes.Status400BadRequest, parsed));
        }

        var type = parsed.Text("type");
        var orderRef = parsed.Text("orderId");
        var sequence = parsed["sequence"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : (int?)null;
        if (!DateTimeOffset.TryParse(parsed.Text("sentAt"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var sentAt)
            || (now - sentAt).Duration() > Tolerance)
        {
            return Keep(new ReceivedStoreEvent(eventId, type, orderRef, sequence, now, "stale", StatusCodes.Status400BadRequest, parsed));
        }

        lock (_gate)
        {
            var verdict = _seen.Add(eventId) ? "accepted" : "duplicate";
            var received = new ReceivedStoreEvent(eventId, type, orderRef, sequence, now, verdict, StatusCodes.Status200OK, parsed);
            _received.Add(received);
            ledger.Record(PartnerNames.Store, type!, orderRef, eventId, StatusCodes.Status200OK);
            return received;
        }
    }

    public IReadOnlyList<ReceivedStoreEvent> Query(string? orderRef)
    {
        lock (_gate)
        {
            return [.. _received.Where(e => string.IsNullOrEmpty(orderRef) || string.Equals(e.OrderRef, orderRef, StringComparison.OrdinalIgnoreCase))];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _received.Clear();
            _seen.Clear();
        }
    }

    private bool SignatureMatches(byte[] body, string? header)
    {
        if (header is null || !header.StartsWith(SignaturePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        byte[] presented;
        try
        {
            presented = Convert.FromHexString(header[SignaturePrefix.Length..]);
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(settings.StoreEventSecret), body);
        return CryptographicOperations.FixedTimeEquals(expected, presented);
    }

    private ReceivedStoreEvent Keep(ReceivedStoreEvent received)
    {
        lock (_gate)
        {
            _received.Add(received);
        }

        return received;
    }
}
