using System.Text.Json.Nodes;

namespace BackOffice.PartnerSandbox.Shopify;

/// <summary>What the hub did to one Shopify order; only touched under <see cref="ShopifySimulator"/>'s lock.</summary>
public sealed class ShopifyOrder(long id, IReadOnlyList<string> locations)
{
    public long Id { get; } = id;

    public string OrderRef => ShopifySimulator.OrderRefOf(Id);

    /// <summary>One fulfillment order per location the order ships from, by id: its location and whether it is closed.</summary>
    public Dictionary<string, (string Location, bool Closed)> FulfillmentOrders { get; } = locations
        .Select((location, index) => (Id: locations.Count == 1 ? $"gid://shopify/FulfillmentOrder/{id}" : $"gid://shopify/FulfillmentOrder/{id}{index + 1}", Location: location))
        .ToDictionary(node => node.Id, node => (node.Location, false));

    public List<JsonObject> Fulfillments { get; } = [];

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancelReason { get; set; }

    /// <summary>The running <c>orderCancel</c> job, applied when the hub first asks about it (Shopify cancels in the background).</summary>
    public string? CancelJob { get; set; }
}
