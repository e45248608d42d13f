namespace BackOffice.Partners.Shopify;

/// <summary><c>POST orders/{id}/cancel.json</c>.</summary>
/// <param name="Reason">customer, fraud, inventory, declined or other.</param>
/// <param name="Email">Whether Shopify e-mails the customer.</param>
public sealed record ShopifyCancelRequest(string Reason, bool Email);
