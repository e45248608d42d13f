namespace BackOffice.Channels.Shopify;

/// <param name="Secret">The app's client secret: the key of <c>X-Shopify-Hmac-Sha256</c> (setting <c>Shopify__WebhookSecret</c>).</param>
public sealed record ShopifyWebhookSettings(string Secret);
