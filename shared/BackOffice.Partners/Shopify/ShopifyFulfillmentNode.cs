namespace BackOffice.Partners.Shopify;

public sealed record ShopifyFulfillmentNode(string? Id, string? Status);
