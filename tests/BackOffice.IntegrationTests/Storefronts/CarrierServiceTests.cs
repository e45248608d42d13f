using System.Text.Json;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Storefronts;

/// <summary>
/// The carrier service per order through the running stack: a Shopify order whose shipping line says "SEDEX"
/// (local.settings.json maps it to Melhor Envio service 2) is quoted at the sandbox and its label bought for SEDEX, with
/// the parcel weighed from the line items' grams (2 × 300 g).
/// </summary>
public sealed class CarrierServiceTests
{
    private readonly HttpClient _http = Stack.Http();

    [Fact]
    public async Task ShopifyOrder_WhenItsShippingLineIsMapped_BuysTheLabelForThatServiceAndTheLedgerShowsIt()
    {
        var id = ShopifyEvents.NewOrderId();
        var orderId = $"shopify-{id}";
        await StorefrontOrders.SendAsync(_http, ShopifyEvents.Request(ShopifyEvents.Order(id), ShopifyEvents.Create, Guid.NewGuid().ToString()));

        await StorefrontOrders.EffectsReachAsync(orderId, "melhorenvio", "cart.add");
        var order = await Eventually.MatchesAsync(
            async () => await StorefrontOrders.FindAsync(_http, orderId) ?? default,
            json => json.ValueKind == JsonValueKind.Object && StorefrontOrders.Events(json).Contains("LabelCartCreated"),
            StorefrontOrders.Patience,
            $"{orderId} recording its label cart");

        var cart = Assert.Single(await Sandbox.CallsAsync(orderId, "melhorenvio"), call => call.GetProperty("operation").GetString() == "cart.add");
        Assert.Equal("service 2 Correios SEDEX, 0.600 kg", cart.GetProperty("detail").GetString());
        var chosen = Assert.Single(order.GetProperty("timeline").EnumerateArray(), entry => entry.GetProperty("event").GetString() == "CarrierServiceChosen");
        Assert.Equal("the customer's choice at checkout (Correios SEDEX)", chosen.GetProperty("detail").GetString());
    }
}
