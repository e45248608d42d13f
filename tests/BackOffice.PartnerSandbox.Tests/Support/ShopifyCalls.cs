using System.Text.Json.Nodes;

namespace BackOffice.PartnerSandbox.Tests.Support;

/// <summary>Shopify as the hub speaks it: a token from the client-credentials grant, then the GraphQL Admin API.</summary>
public static class ShopifyCalls
{
    public const string GraphQl = "shopify/admin/api/2026-10/graphql.json";

    public const string CancelMutation = "mutation OrderCancel($orderId: ID!, $notifyCustomer: Boolean, $refundMethod: OrderCancelRefundMethodInput!, $restock: Boolean!, $reason: OrderCancelReason!) { orderCancel(orderId: $orderId, notifyCustomer: $notifyCustomer, refundMethod: $refundMethod, restock: $restock, reason: $reason) { job { id done } orderCancelUserErrors { field message code } } }";

    public static async Task<(int Status, JsonNode? Body)> TokenAsync(TestSandbox sandbox, string grantType = "client_credentials")
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = grantType, ["client_id"] = "client-id", ["client_secret"] = "client-secret" });
        using var response = await sandbox.Http.PostAsync("shopify/admin/oauth/access_token", form);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<(string, string)> HeaderAsync(TestSandbox sandbox) =>
        ("X-Shopify-Access-Token", (await TokenAsync(sandbox)).Body!["access_token"]!.GetValue<string>());

    public static async Task<(int Status, JsonNode? Body)> CancelAsync(TestSandbox sandbox, long orderId, (string, string)? header = null) =>
        await sandbox.SendAsync(HttpMethod.Post, GraphQl, new
        {
            query = CancelMutation,
            variables = new { orderId = $"gid://shopify/Order/{orderId}", notifyCustomer = true, refundMethod = new { originalPaymentMethodsRefund = false }, restock = false, reason = "CUSTOMER" },
        }, header ?? await HeaderAsync(sandbox));
}
