using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace BackOffice.IntegrationTests.Support;

/// <summary>Builds and signs orders in the hub's own format, as a storefront would send them.</summary>
public static class HubOrders
{
    public static string NewExternalId(string prefix = "it") => $"{prefix}-{Guid.NewGuid():N}";

    public static string Json(string externalId, string email = "maria+review@example.com", string method = "credit_card", string chargeCreatedBy = "checkout") => $$"""
        {
          "id": "{{externalId}}",
          "placedAt": "2026-11-23T09:30:00-03:00",
          "currency": "BRL",
          "customer": { "name": "Maria Silva", "email": "{{email}}", "document": "529.982.247-25" },
          "shippingAddress": { "street": "Av. Paulista", "number": "1000", "district": "Bela Vista", "city": "São Paulo", "state": "SP", "postalCode": "01310-100" },
          "items": [ { "sku": "SKU-1", "title": "Camiseta", "quantity": 2, "unitPrice": 4990 } ],
          "shipping": 1500,
          "discount": 500,
          "total": 10980,
          "payment": { "method": "{{method}}", "amount": 10980, "chargeCreatedBy": "{{chargeCreatedBy}}" }
        }
        """;

    public static string Sign(byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(LocalSettings.Get("Hub__WebhookSecret")), body));

    public static HttpRequestMessage Request(
        string body, string? deliveryId, string? signature = null, string contentType = "application/json", bool sign = true)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/orders") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (sign)
        {
            request.Headers.Add("X-Hub-Signature-256", signature ?? Sign(bytes));
        }

        if (deliveryId is not null)
        {
            request.Headers.Add("X-Hub-Delivery", deliveryId);
        }

        return request;
    }
}
