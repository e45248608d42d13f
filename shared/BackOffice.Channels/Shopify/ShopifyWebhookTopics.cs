namespace BackOffice.Channels.Shopify;

/// <summary>The <c>X-Shopify-Topic</c> values the hub subscribes to.</summary>
public static class ShopifyWebhookTopics
{
    public const string OrdersCreate = "orders/create";
    public const string OrdersUpdated = "orders/updated";
    public const string OrdersCancelled = "orders/cancelled";
    public const string OrdersPaid = "orders/paid";

    public static IReadOnlyList<string> All { get; } = [OrdersCreate, OrdersUpdated, OrdersCancelled, OrdersPaid];

    /// <summary>True for a topic whose body is an order; Shopify's topics are lower case, so the match is exact.</summary>
    public static bool IsOrderTopic(string? topic) => topic is not null && All.Contains(topic);
}
