namespace BackOffice.Partners.Shopify;

/// <summary>The GraphQL documents the hub sends (fulfillment orders are Shopify's current fulfillment model).</summary>
public static class ShopifyQueries
{
    public const string FulfillmentOrders = """
        query FulfillmentOrders($id: ID!) {
          order(id: $id) { id fulfillmentOrders(first: 10) { nodes { id status } } }
        }
        """;

    public const string FulfillmentCreate = """
        mutation FulfillmentCreate($fulfillment: FulfillmentInput!) {
          fulfillmentCreate(fulfillment: $fulfillment) { fulfillment { id status } userErrors { field message } }
        }
        """;

    /// <summary>Fulfillment orders in these states still wait for a fulfillment; the others are done or closed.</summary>
    public static bool IsOpen(string? status) => status is "OPEN" or "IN_PROGRESS";

    public static string OrderGid(long orderId) => $"gid://shopify/Order/{orderId}";
}
