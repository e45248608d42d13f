namespace BackOffice.Partners.Shopify;

/// <summary><c>data</c> of the <c>fulfillmentCreate</c> mutation.</summary>
public sealed record ShopifyFulfillmentCreateData(ShopifyFulfillmentCreatePayload? FulfillmentCreate);
