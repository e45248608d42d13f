namespace BackOffice.Partners.Shopify;

/// <summary><c>data</c> of an <c>order(id:)</c> query: its fulfillment orders, or whether it is cancelled.</summary>
public sealed record ShopifyOrderData(ShopifyOrderNode? Order);
