namespace BackOffice.Partners.Shopify;

public static class ShopifyHeaders
{
    public const string AccessToken = "X-Shopify-Access-Token";
}
