namespace BackOffice.Functions.Features.Webhooks;

/// <param name="Repeated">True when the delivery (or the same order) had been received before; nothing changed.</param>
public sealed record WebhookAccepted(string OrderId, bool Repeated);
