namespace BackOffice.Partners.Shopify;

public sealed record ShopifyOrderNode(string? Id, ShopifyNodes<ShopifyFulfillmentOrderNode>? FulfillmentOrders);
