namespace BackOffice.Partners.Shopify;

public sealed record ShopifyOrderNode(string? Id, DateTimeOffset? CancelledAt = null, ShopifyNodes<ShopifyFulfillmentOrderNode>? FulfillmentOrders = null);
