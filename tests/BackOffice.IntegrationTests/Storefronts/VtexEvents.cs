using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Storefronts;

/// <summary>VTEX orders seeded into the sandbox's OMS, and the hook notifications VTEX would send about them.</summary>
public static class VtexEvents
{
    /// <summary>A fresh VTEX order id (13 digits, a dash, the seller's sequence), so every test has its own order.</summary>
    public static string NewOrderId() => $"{Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}-01";

    public static string OrderRef(string vtexOrderId) => "vtex-" + vtexOrderId.ToLowerInvariant();

    /// <summary>Seeds the order in the sandbox's OMS (<c>POST /_sandbox/vtex/orders</c>), ready for handling, paid by card.</summary>
    public static async Task SeedAsync(string vtexOrderId, string email = "cliente@example.com")
    {
        using var http = new HttpClient { BaseAddress = Sandbox.Url };
        using var response = await http.PostAsync("/_sandbox/vtex/orders", new StringContent(Order(vtexOrderId, email), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    public static string Order(string vtexOrderId, string email) => new JsonObject
    {
        ["orderId"] = vtexOrderId,
        ["status"] = "ready-for-handling",
        ["value"] = 30890,
        ["creationDate"] = "2026-11-23T14:55:03.8999830+00:00",
        ["totals"] = new JsonArray(
            new JsonObject { ["id"] = "Items", ["name"] = "Total dos Itens", ["value"] = 32980 },
            new JsonObject { ["id"] = "Discounts", ["name"] = "Total dos Descontos", ["value"] = -3290 },
            new JsonObject { ["id"] = "Shipping", ["name"] = "Total do Frete", ["value"] = 1200 },
            new JsonObject { ["id"] = "Tax", ["name"] = "Total da Taxa", ["value"] = 0 }),
        ["items"] = new JsonArray(
            new JsonObject { ["id"] = "2000535", ["refId"] = "TEN-COR-LEV-41", ["name"] = "Tênis Corrida Leve 41", ["quantity"] = 2, ["price"] = 14990 },
            new JsonObject { ["id"] = "2000610", ["refId"] = "MEI-ESP-3P", ["name"] = "Meia Esportiva 3 pares", ["quantity"] = 1, ["price"] = 3000 }),
        ["clientProfileData"] = new JsonObject
        {
            ["email"] = email, ["firstName"] = "Rodrigo", ["lastName"] = "Cunha", ["documentType"] = "cpf", ["document"] = "11144477735", ["phone"] = "+5521972321094",
        },
        ["shippingData"] = new JsonObject
        {
            ["address"] = new JsonObject
            {
                ["receiverName"] = "Rodrigo Cunha", ["postalCode"] = "22250-040", ["city"] = "Rio de Janeiro", ["state"] = "RJ", ["country"] = "BRA",
                ["street"] = "Praia de Botafogo", ["number"] = "300", ["neighborhood"] = "Botafogo", ["complement"] = "Sala 301",
            },
        },
        ["paymentData"] = new JsonObject
        {
            ["transactions"] = new JsonArray(new JsonObject
            {
                ["isActive"] = true,
                ["payments"] = new JsonArray(new JsonObject
                {
                    ["paymentSystem"] = "2", ["paymentSystemName"] = "Visa", ["group"] = "creditCard", ["value"] = 30890, ["installments"] = 1,
                }),
            }),
        },
        ["storePreferencesData"] = new JsonObject { ["countryCode"] = "BRA", ["currencyCode"] = "BRL" },
    }.ToJsonString();

    public static string Hook(string vtexOrderId, string state = "ready-for-handling", string lastChange = "2026-11-23T14:58:11.2550122Z", string? account = null) => new JsonObject
    {
        ["Domain"] = "Fulfillment",
        ["OrderId"] = vtexOrderId,
        ["State"] = state,
        ["LastState"] = "window-to-cancel",
        ["LastChange"] = lastChange,
        ["CurrentChange"] = lastChange,
        ["Origin"] = new JsonObject { ["Account"] = account ?? LocalSettings.Get("Vtex__Account"), ["Key"] = LocalSettings.Get("Vtex__AppKey") },
    }.ToJsonString();

    public static HttpRequestMessage Request(string body, string? token = null, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/vtex") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        if (withToken)
        {
            request.Headers.Add(LocalSettings.Get("Vtex__HookHeaderName"), token ?? LocalSettings.Get("Vtex__HookHeaderValue"));
        }

        return request;
    }

    /// <summary>The sandbox's ledger entries (partner, operation) for the order.</summary>
    public static Task<IReadOnlyList<(string Partner, string Operation)>> EffectsAsync(string vtexOrderId) => Sandbox.EffectsAsync(OrderRef(vtexOrderId));

    /// <summary>Runs the feed drain now, through the host's admin API.</summary>
    public static async Task DrainFeedAsync(HttpClient app)
    {
        using var response = await app.PostAsync("/admin/functions/VtexFeedDrain", new StringContent("{}", Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }
}
