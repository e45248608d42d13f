namespace BackOffice.Application.Channels.Hub;

/// <param name="Secret">The key of the <c>X-Hub-Signature-256</c> HMAC, shared with the storefront.</param>
public sealed record HubWebhookSettings(string Secret);
