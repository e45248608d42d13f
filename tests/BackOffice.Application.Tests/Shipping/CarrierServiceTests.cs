using BackOffice.Application.Messaging;
using BackOffice.Application.Processing;
using BackOffice.Application.Processing.Steps;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;
using LifecycleFixture = BackOffice.Application.Tests.Lifecycle.Lifecycle;

namespace BackOffice.Application.Tests.Shipping;

/// <summary>
/// The label step quotes the parcel and buys the service the rules choose. The fake carrier quotes PAC (R$ 23.50, 5 days)
/// and SEDEX (R$ 41.90, 2 days); the order is placed on Monday 2026-11-23 and handled at noon that day.
/// </summary>
public sealed class CarrierServiceTests
{
    private readonly LifecycleFixture _life = new();

    public CarrierServiceTests() => _life.Partners.CheckoutCreated(LifecycleFixture.OrderId.Value, PaymentMethod.CreditCard, 10980);

    [Fact]
    public async Task PurchaseLabel_WhenTheCustomerChoseAMappedService_BuysThatServiceEvenIfDearer()
    {
        _life.Hub.Shipping.ServiceMap["Entrega expressa"] = 2;

        var order = await ShipAsync("""{ "service": "Entrega Expressa" }""");

        Assert.Equal(2, _life.Partners.CartRequests.Single().ServiceId);
        var chosen = Event(order, CarrierServiceChosen.EventName);
        Assert.Contains("the customer's choice at checkout (Correios SEDEX)", chosen.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(order.Timeline, entry => entry.Event == DeliveryPromiseAtRisk.EventName);
        Assert.Equal(("Correios SEDEX", OrderStatus.ReadyToShip), (order.Shipment!.Service, order.Status));
    }

    [Fact]
    public async Task PurchaseLabel_WhenTheStorefrontSaysNothing_BuysTheCheapestServiceThatKeepsTheDefaultPromise()
    {
        var order = await ShipAsync(delivery: null);

        Assert.Equal(1, _life.Partners.CartRequests.Single().ServiceId);
        Assert.Contains("cheapest on time (Correios PAC, 5 of 7 days)", Event(order, CarrierServiceChosen.EventName).Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(order.Timeline, entry => entry.Event == DeliveryPromiseAtRisk.EventName);
    }

    [Fact]
    public async Task PurchaseLabel_WhenNoServiceKeepsThePromisedDate_BuysTheFastestAndNotesThePromiseAtRisk()
    {
        var order = await ShipAsync("""{ "promisedBy": "2026-11-24T18:00:00-03:00" }""");

        Assert.Equal(2, _life.Partners.CartRequests.Single().ServiceId);
        var risk = Event(order, DeliveryPromiseAtRisk.EventName);
        Assert.Contains("promise at risk: fastest quoted (Correios SEDEX, 2 days, 1 left)", risk.Detail, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Invoiced, risk.Status);
    }

    [Fact]
    public async Task PurchaseLabel_WhenTheStorefrontNamedAnUnmappedService_LetsTheQuoteDecideAndSaysSoOnTheTimeline()
    {
        var order = await ShipAsync("""{ "service": "Retira na loja" }""");

        Assert.Equal(1, _life.Partners.CartRequests.Single().ServiceId);
        Assert.Contains("'Retira na loja' is not in Shipping:ServiceMap", Event(order, CarrierServiceChosen.EventName).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurchaseLabel_WhenTheQuoteComesBackEmptyOnce_RetriesAndBuysOneLabel()
    {
        _life.Partners.EmptyQuotes = 1;

        var order = await ShipAsync(delivery: null);

        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Equal((2, 1), (_life.Partners.QuoteRequests.Count, _life.Partners.EffectsOf("carrier.cart")));
        Assert.Single(order.Timeline, entry => entry.Event == CarrierServiceChosen.EventName);
    }

    [Fact]
    public async Task PurchaseLabel_WhenTheQuoteStaysEmpty_StopsTheOrderWithTheStepAndTheReasonAndBuysNothing()
    {
        _life.Partners.Quotes.Clear();
        await _life.Hub.PostSignedAsync(OrderJson());

        await Assert.ThrowsAsync<NoCarrierServiceException>(() => _life.PumpAsync());

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.NeedsAttention, order.Status);
        Assert.Equal((OrderStatus.Invoiced, OrderMessageTypes.PurchaseLabel), (order.Attention!.ResumeTo, order.Attention.Step));
        Assert.Contains("quoted no service", order.Attention.Reason, StringComparison.Ordinal);
        Assert.Equal(LifecycleSettings.Default.ScheduledRetries + 1, _life.Partners.QuoteRequests.Count);
        Assert.Equal(0, _life.Partners.EffectsOf("carrier.cart"));
    }

    [Fact]
    public async Task PurchaseLabel_WhenTheMessageIsDeliveredTwice_QuotesAndAddsToTheCartOnce()
    {
        await _life.Hub.PostSignedAsync(OrderJson());

        await _life.PumpAsync(copies: 2);

        var order = await _life.OrderAsync();
        Assert.Equal((1, 1), (_life.Partners.EffectsOf("carrier.cart"), order.Timeline.Count(entry => entry.Event == CarrierServiceChosen.EventName)));
    }

    [Fact]
    public async Task PurchaseLabel_WhenItemsCarryWeights_DeclaresTheParcelFromThemWithTheGoodsAsInsurance()
    {
        var json = OrderJson().Replace("\"unitPrice\": 4990 }", "\"unitPrice\": 4990, \"weightGrams\": 350, \"heightCm\": 4, \"widthCm\": 25, \"lengthCm\": 30 }");
        await _life.Hub.PostSignedAsync(json);

        await _life.PumpAsync();

        var parcel = _life.Partners.CartRequests.Single().Parcel;
        Assert.Equal((700, 8, 25, 30, 9480L), (parcel.WeightGrams, parcel.HeightCm, parcel.WidthCm, parcel.LengthCm, parcel.InsuranceCents));
        Assert.Equal(700, (await _life.OrderAsync()).Shipment!.WeightGrams);
    }

    private async Task<Order> ShipAsync(string? delivery)
    {
        var json = OrderJson();
        if (delivery is not null)
        {
            json = json.Replace("\"shipping\": 1500,", $"\"delivery\": {delivery}, \"shipping\": 1500,");
        }

        await _life.Hub.PostSignedAsync(json);
        await _life.PumpAsync();
        return await _life.OrderAsync();
    }

    // The charge the checkout created is a card authorization (see the constructor).
    private static string OrderJson() => Hub.OrderJson().Replace("\"method\": \"pix\"", "\"method\": \"credit_card\"", StringComparison.Ordinal);

    private static TimelineEntry Event(Order order, string name) => Assert.Single(order.Timeline, entry => entry.Event == name);
}
