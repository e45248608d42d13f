using System.Text.Json.Nodes;

namespace BackOffice.PartnerSandbox.Shopify;

/// <summary>What the hub did to one Shopify order; only touched under <see cref="ShopifySimulator"/>'s lock.</summary>
public sealed class ShopifyOrder(long id)
{
    public long Id { get; } = id;

    public string OrderRef => ShopifySimulator.OrderRefOf(Id);

    public List<JsonObject> Fulfillments { get; } = [];

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancelReason { get; set; }
}
