using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Expedition;

/// <summary>
/// Fifty orders driven through the whole pipeline at once (webhook, risk, payment, stock, NF-e, label), so they wait
/// side by side instead of one after another; ready once each has its DANFE and label stored.
/// </summary>
public sealed class ShippableOrders : IAsyncLifetime
{
    public const int Count = 50;
    public const string SkuA = "SKU-BATCH-A";
    public const string SkuB = "SKU-BATCH-B";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    /// <summary>Order id → units of <see cref="SkuA"/>; every order also has one <see cref="SkuB"/>.</summary>
    public Dictionary<string, int> QuantitiesA { get; } = [];

    public async Task InitializeAsync()
    {
        using var http = Stack.Http();
        var orders = Enumerable.Range(0, Count).Select(i => (ExternalId: HubOrders.NewExternalId("batch"), QuantityA: i % 3 + 1)).ToList();
        await Task.WhenAll(orders.Select(async order =>
        {
            using var posted = await http.SendAsync(HubOrders.Request(Json(order.ExternalId, order.QuantityA), Guid.NewGuid().ToString()));
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }));
        foreach (var (externalId, quantityA) in orders)
        {
            QuantitiesA[$"hub-{externalId}"] = quantityA;
        }

        await WaitForLabelsAsync(http);
    }

    // One round over the orders still without a label, then a second's pause: fifty pollers at once would slow the very
    // pipeline they wait for.
    private async Task WaitForLabelsAsync(HttpClient http)
    {
        var pending = QuantitiesA.Keys.ToHashSet();
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (pending.Count > 0)
        {
            foreach (var orderId in pending.ToList())
            {
                var json = await http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}");
                if (json.TryGetProperty("shipment", out var shipment) && shipment.ValueKind == JsonValueKind.Object
                    && shipment.TryGetProperty("labelLocation", out var label) && label.ValueKind == JsonValueKind.String)
                {
                    pending.Remove(orderId);
                }
            }

            if (pending.Count > 0 && DateTimeOffset.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Within {Patience.TotalMinutes} min, {pending.Count} orders had no label yet, e.g. {pending.First()}.");
            }

            await Task.Delay(pending.Count > 0 ? 1000 : 0);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Json(string externalId, int quantityA)
    {
        var total = quantityA * 1990 + 2990 + 1500;
        return $$"""
            {
              "id": "{{externalId}}",
              "placedAt": "2026-11-30T09:30:00-03:00",
              "currency": "BRL",
              "customer": { "name": "Maria Silva", "email": "maria@example.com", "document": "529.982.247-25" },
              "shippingAddress": { "street": "Av. Paulista", "number": "1000", "district": "Bela Vista", "city": "São Paulo", "state": "SP", "postalCode": "01310-100" },
              "items": [
                { "sku": "{{SkuA}}", "title": "Caneca esmaltada", "quantity": {{quantityA}}, "unitPrice": 1990 },
                { "sku": "{{SkuB}}", "title": "Pano de prato", "quantity": 1, "unitPrice": 2990 }
              ],
              "shipping": 1500,
              "discount": 0,
              "total": {{total}},
              "payment": { "method": "credit_card", "amount": {{total}}, "chargeCreatedBy": "checkout" }
            }
            """;
    }
}
