using System.Text.Json.Nodes;

namespace BackOffice.PartnerSandbox.Store;

/// <summary>One POST the store received, as <c>GET /_sandbox/store/events</c> shows it.</summary>
/// <param name="Verdict"><c>accepted</c>, <c>duplicate</c> (an event id seen before: answered 200, as a store that drops repeats does),
/// <c>bad-signature</c>, <c>stale</c> (sentAt over 5 minutes from the store's clock) or <c>malformed</c>.</param>
public sealed record ReceivedStoreEvent(
    string? EventId, string? Type, string? OrderRef, int? Sequence, DateTimeOffset ReceivedAt, string Verdict, int Status, JsonNode? Event);
