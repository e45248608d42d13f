using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace BackOffice.IntegrationTests.Storefronts;

/// <summary>Shopify order webhooks as Shopify sends them: REST order JSON, signed with the app secret, topic and delivery id in headers.</summary>
public static class ShopifyEvents
{
    public const string Create = "orders/create";
    public const string Updated = "orders/updated";
    public const string Cancelled = "orders/cancelled";

    /// <summary>A fresh numeric order id, so every test has its own order at the hub and in the sandbox.</summary>
    public static long NewOrderId() => Random.Shared.NextInt64(1_000_000_000_000, 9_000_000_000_000);

    /// <summary>A Brazilian order paid by card (authorized at checkout), R$ 49,90 × 2 + R$ 15,00 shipping, CPF in a note attribute.</summary>
    public static string Order(long id, string email = "cliente@example.com", string updatedAt = "2026-11-23T11:55:02-03:00", string? cancelledAt = null) =>
        new JsonObject
        {
            ["id"] = id,
            ["name"] = "#1001",
            ["email"] = email,
            ["created_at"] = "2026-11-23T11:55:00-03:00",
            ["updated_at"] = updatedAt,
            ["currency"] = "BRL",
            ["total_price"] = "114.80",
            ["subtotal_price"] = "99.80",
            ["total_discounts"] = "0.00",
            ["total_tax"] = "0.00",
            ["taxes_included"] = true,
            ["shipping_lines"] = new JsonArray(new JsonObject { ["title"] = "SEDEX", ["price"] = "15.00", ["discounted_price"] = "15.00" }),
            ["line_items"] = new JsonArray(new JsonObject { ["id"] = 1, ["sku"] = "CAM-BAS-AZ-M", ["title"] = "Camiseta Básica", ["quantity"] = 2, ["price"] = "49.90", ["grams"] = 300 }),
            ["customer"] = new JsonObject { ["first_name"] = "Marina", ["last_name"] = "Souza", ["email"] = email },
            ["shipping_address"] = Address(),
            ["billing_address"] = Address(),
            ["note_attributes"] = new JsonArray(new JsonObject { ["name"] = "CPF", ["value"] = "529.982.247-25" }),
            ["payment_gateway_names"] = new JsonArray("shopify_payments"),
            ["financial_status"] = "authorized",
            ["cancelled_at"] = cancelledAt,
            ["cancel_reason"] = cancelledAt is null ? null : "customer",
        }.ToJsonString();

    public static string Sign(byte[] body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(LocalSettings.Get("Shopify__WebhookSecret")), body));

    public static HttpRequestMessage Request(string body, string topic, string? webhookId, string? signature = null, string contentType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/shopify") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Shopify-Hmac-Sha256", signature ?? Sign(bytes));
        request.Headers.Add("X-Shopify-Topic", topic);
        request.Headers.Add("X-Shopify-Shop-Domain", "loja-exemplo.myshopify.com");
        if (webhookId is not null)
        {
            request.Headers.Add("X-Shopify-Webhook-Id", webhookId);
        }

        return request;
    }

    private static JsonObject Address() => new()
    {
        ["first_name"] = "Marina",
        ["last_name"] = "Souza",
        ["address1"] = "Rua Augusta, 1508",
        ["address2"] = "Apto 42, Consolação",
        ["city"] = "São Paulo",
        ["province"] = "São Paulo",
        ["province_code"] = "SP",
        ["zip"] = "01304-001",
        ["country"] = "Brazil",
        ["country_code"] = "BR",
        ["phone"] = "+5511987654321",
    };
}
