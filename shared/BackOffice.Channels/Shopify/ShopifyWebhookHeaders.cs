namespace BackOffice.Channels.Shopify;

/// <summary>What Shopify sends beside the body of an order webhook.</summary>
/// <param name="Hmac"><c>X-Shopify-Hmac-Sha256</c>.</param>
/// <param name="Topic"><c>X-Shopify-Topic</c>, such as <c>orders/create</c>.</param>
/// <param name="WebhookId"><c>X-Shopify-Webhook-Id</c>: one delivery; the same on every retry of it.</param>
/// <param name="EventId">
/// <c>X-Shopify-Event-Id</c>: the event behind the delivery. Shopify's "Ignore duplicate webhooks" guide
/// (shopify.dev/docs/apps/build/webhooks/ignore-duplicates) says the same value on more than one webhook is a duplicate.
/// </param>
public sealed record ShopifyWebhookHeaders(string? Hmac, string? Topic, string? WebhookId, string? EventId = null)
{
    public const string HmacHeader = "X-Shopify-Hmac-Sha256";
    public const string TopicHeader = "X-Shopify-Topic";
    public const string WebhookIdHeader = "X-Shopify-Webhook-Id";
    public const string EventIdHeader = "X-Shopify-Event-Id";

    /// <summary>Set when a parked delivery is resumed: the id it was parked under (not a header Shopify sends).</summary>
    public string? ParkedAs { get; init; }

    /// <summary>
    /// The de-duplication key: the event id with its topic (Shopify sends one webhook per subscription of an event, and
    /// the hub subscribes once per topic), else the delivery id as a hint, for senders that leave the event id out.
    /// </summary>
    public string? DeduplicationId => EventId is { Length: > 0 } eventId ? $"event-{Topic?.Replace('/', '.')}-{eventId}" : WebhookId;
}
