namespace BackOffice.Partners.Shopify;

/// <param name="Status">OPEN, IN_PROGRESS, SCHEDULED, ON_HOLD, INCOMPLETE, CLOSED or CANCELLED.</param>
/// <param name="AssignedLocation">Where it ships from: one <c>fulfillmentCreate</c> takes fulfillment orders of one location only.</param>
public sealed record ShopifyFulfillmentOrderNode(string? Id, string? Status, ShopifyAssignedLocation? AssignedLocation = null)
{
    public string LocationId => AssignedLocation?.Location?.Id ?? "";
}

public sealed record ShopifyAssignedLocation(ShopifyLocation? Location);

public sealed record ShopifyLocation(string? Id);
