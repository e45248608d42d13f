namespace BackOffice.Channels.Shopify;

/// <param name="Secret">The app's client secret: the key of <c>X-Shopify-Hmac-Sha256</c> (setting <c>Shopify__WebhookSecret</c>).</param>
/// <param name="HubCreatesCharges">
/// <c>Shopify__HubCreatesCharges</c>: true only when the store's checkout leaves PIX and boleto to the hub (manual
/// payment methods whose instructions the hub issues). Otherwise a pending order is a payment app still completing the
/// payment, and the hub waits for <c>orders/paid</c> or the gateway's callback instead of charging a second time.
/// </param>
public sealed record ShopifyWebhookSettings(string Secret, bool HubCreatesCharges = false);
