namespace BackOffice.Functions.Features.Webhooks;

/// <summary>The answer to a verified storefront delivery the hub kept for a person: where ops find it, and why.</summary>
public sealed record WebhookParked(string ParkedId, string Reason, bool Parked = true);
