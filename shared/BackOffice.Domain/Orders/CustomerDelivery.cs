namespace BackOffice.Domain.Orders;

/// <summary>What the storefront says about the delivery the customer chose at checkout; every part is optional.</summary>
/// <param name="Service">The shipping method's code or name as the storefront sends it (Shopify <c>shipping_lines[].code</c>, VTEX <c>selectedSla</c>).</param>
/// <param name="ServiceTitle">The method's display name, tried when the code is not mapped (Shopify <c>shipping_lines[].title</c>).</param>
/// <param name="PromisedBy">The delivery date promised to the customer, when the storefront states it (VTEX <c>shippingEstimateDate</c>).</param>
public sealed record CustomerDelivery(string? Service, string? ServiceTitle, DateTimeOffset? PromisedBy)
{
    public static readonly CustomerDelivery None = new(null, null, null);
}
