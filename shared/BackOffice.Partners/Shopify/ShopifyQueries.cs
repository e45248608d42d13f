namespace BackOffice.Partners.Shopify;

/// <summary>The GraphQL documents the hub sends (fulfillment orders are Shopify's current fulfillment model).</summary>
public static class ShopifyQueries
{
    public const string FulfillmentOrders = """
        query FulfillmentOrders($id: ID!) {
          order(id: $id) { id fulfillmentOrders(first: 20) { nodes { id status assignedLocation { location { id } } } } }
        }
        """;

    public const string FulfillmentCreate = """
        mutation FulfillmentCreate($fulfillment: FulfillmentInput!) {
          fulfillmentCreate(fulfillment: $fulfillment) { fulfillment { id status } userErrors { field message } }
        }
        """;

    public const string OrderCancelled = """
        query OrderCancelled($id: ID!) { order(id: $id) { id cancelledAt } }
        """;

    /// <summary>Shopify cancels in a background job; the answer carries the job to follow (shopify.dev, orderCancel).</summary>
    public const string OrderCancel = """
        mutation OrderCancel($orderId: ID!, $notifyCustomer: Boolean, $refundMethod: OrderCancelRefundMethodInput!, $restock: Boolean!, $reason: OrderCancelReason!, $staffNote: String) {
          orderCancel(orderId: $orderId, notifyCustomer: $notifyCustomer, refundMethod: $refundMethod, restock: $restock, reason: $reason, staffNote: $staffNote) {
            job { id done } orderCancelUserErrors { field message code }
          }
        }
        """;

    public const string Job = """
        query Job($id: ID!) { job(id: $id) { id done } }
        """;

    /// <summary>Fulfillment orders in these states still wait for a fulfillment; the others are done or closed.</summary>
    public static bool IsOpen(string? status) => status is "OPEN" or "IN_PROGRESS";

    public static string OrderGid(long orderId) => $"gid://shopify/Order/{orderId}";
}
