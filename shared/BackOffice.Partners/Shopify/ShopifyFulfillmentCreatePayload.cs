namespace BackOffice.Partners.Shopify;

public sealed record ShopifyFulfillmentCreatePayload(ShopifyFulfillmentNode? Fulfillment, IReadOnlyList<ShopifyGraphQlError>? UserErrors);
