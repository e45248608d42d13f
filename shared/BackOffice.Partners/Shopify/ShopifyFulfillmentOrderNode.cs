namespace BackOffice.Partners.Shopify;

/// <param name="Status">OPEN, IN_PROGRESS, SCHEDULED, ON_HOLD, INCOMPLETE, CLOSED or CANCELLED.</param>
public sealed record ShopifyFulfillmentOrderNode(string? Id, string? Status);
