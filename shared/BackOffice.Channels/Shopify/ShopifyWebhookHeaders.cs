namespace BackOffice.Channels.Shopify;

/// <summary>What Shopify sends beside the body of an order webhook.</summary>
/// <param name="Hmac"><c>X-Shopify-Hmac-Sha256</c>.</param>
/// <param name="Topic"><c>X-Shopify-Topic</c>, such as <c>orders/create</c>.</param>
/// <param name="WebhookId"><c>X-Shopify-Webhook-Id</c>: the delivery id, the same on every retry of one event.</param>
public sealed record ShopifyWebhookHeaders(string? Hmac, string? Topic, string? WebhookId)
{
    public const string HmacHeader = "X-Shopify-Hmac-Sha256";
    public const string TopicHeader = "X-Shopify-Topic";
    public const string WebhookIdHeader = "X-Shopify-Webhook-Id";
}
