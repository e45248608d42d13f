using System.Text.Json.Serialization;

namespace BackOffice.Functions.Features.Webhooks;

/// <param name="Repeated">
/// True when the delivery (or the same order) had been received before and nothing changed; left out when the answer
/// does not know — a storefront webhook is acknowledged once queued, before its intake looks at what came before.
/// </param>
public sealed record WebhookAccepted(string OrderId, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Repeated);
