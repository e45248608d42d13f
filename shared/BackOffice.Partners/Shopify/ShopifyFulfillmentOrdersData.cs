namespace BackOffice.Partners.Shopify;

/// <summary><c>data</c> of the fulfillment-orders query: <c>order { fulfillmentOrders { nodes { id status } } }</c>.</summary>
public sealed record ShopifyFulfillmentOrdersData(ShopifyOrderNode? Order);
