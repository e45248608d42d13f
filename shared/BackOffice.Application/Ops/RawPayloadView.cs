namespace BackOffice.Application.Ops;

/// <summary>An inbound payload the order came with (its webhook, a partner's callback), byte for byte as received.</summary>
public sealed record RawPayloadView(string Source, string DeliveryId, DateTimeOffset ReceivedAt, string Location, string Body);
