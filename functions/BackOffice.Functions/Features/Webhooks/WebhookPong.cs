namespace BackOffice.Functions.Features.Webhooks;

/// <summary>The answer to a sender's ping (VTEX checks its hook with one): 200, nothing stored.</summary>
public sealed record WebhookPong(string Status);
