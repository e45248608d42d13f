using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Application.Processing;
using BackOffice.Application.Processing.Steps;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.Shipping;
using Moq;
using LifecycleFixture = BackOffice.Application.Tests.Lifecycle.Lifecycle;

namespace BackOffice.Application.Tests.Shipping;

/// <summary>The label step alone, on an invoiced order, with the carrier mocked: what it asks and what the order records.</summary>
public sealed class PurchaseLabelStepTests
{
    private readonly LifecycleFixture _life = new();
    private readonly Mock<IShippingCarrier> _carrier = new();

    public PurchaseLabelStepTests() => _life.Partners.CheckoutCreated(LifecycleFixture.OrderId.Value, PaymentMethod.CreditCard, 10980);

    [Fact]
    public async Task ExecuteAsync_WhenTheQuoteIsEmpty_ThrowsForARetryAndNeitherCartsNorRecordsAnything()
    {
        var scope = await InvoicedScopeAsync();
        _carrier.Setup(carrier => carrier.QuoteAsync(It.IsAny<QuoteRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);

        await Assert.ThrowsAsync<NoCarrierServiceException>(() => Step().ExecuteAsync(scope, CancellationToken.None));

        _carrier.Verify(carrier => carrier.AddToCartAsync(It.IsAny<ShipmentRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        var order = await _life.OrderAsync();
        Assert.Equal((OrderStatus.Invoiced, null), (order.Status, order.Shipment));
        Assert.DoesNotContain(order.Timeline, entry => entry.Event == CarrierServiceChosen.EventName);
    }

    [Fact]
    public async Task ExecuteAsync_WhenNoQuotedServiceKeepsThePromise_CartsTheFastestAndRecordsTheChoiceAndTheRisk()
    {
        var scope = await InvoicedScopeAsync();
        _life.Hub.Shipping.PromiseBusinessDays = 1;
        _carrier.Setup(carrier => carrier.QuoteAsync(It.IsAny<QuoteRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ServiceQuote(1, "Correios", "PAC", 2350, 6), new ServiceQuote(4, "Jadlog", ".Com", 3600, 3)]);
        _carrier.Setup(carrier => carrier.AddToCartAsync(It.Is<ShipmentRequest>(request => request.ServiceId == 4), It.IsAny<CancellationToken>())).ReturnsAsync("lbl_9");
        _carrier.Setup(carrier => carrier.PurchaseLabelAsync("lbl_9", It.IsAny<CancellationToken>())).ReturnsAsync(new ShipmentLabel("lbl_9", "BR9", null, "P9"));

        await Step().ExecuteAsync(scope, CancellationToken.None);

        var order = await _life.OrderAsync();
        var events = order.Timeline.Select(entry => entry.Event).ToList();
        Assert.Equal(
            [CarrierServiceChosen.EventName, DeliveryPromiseAtRisk.EventName, "LabelCartCreated", "LabelPurchased"],
            events[events.IndexOf(CarrierServiceChosen.EventName)..]);
        Assert.Equal(("lbl_9", "Jadlog .Com", 1000), (order.Shipment!.LabelId, order.Shipment.Service, order.Shipment.WeightGrams));
        _carrier.Verify(carrier => carrier.AddToCartAsync(It.IsAny<ShipmentRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private PurchaseLabelStep Step() => new(_carrier.Object, _life.Partners, _life.Hub.Shipping, LifecycleSettings.Default);

    // The order goes through the in-memory hub until its label message, which is kept back for the step under test.
    private async Task<OrderMessageScope> InvoicedScopeAsync()
    {
        _life.LoseNext(OrderMessageTypes.PurchaseLabel);
        await _life.Hub.PostSignedAsync(Fakes.Hub.OrderJson().Replace("\"method\": \"pix\"", "\"method\": \"credit_card\"", StringComparison.Ordinal));
        await _life.PumpAsync();
        var message = _life.Hub.Publisher.Sent.Last(sent => sent.Type == OrderMessageTypes.PurchaseLabel);
        return new OrderMessageScope(OrderMessage.From(message), await _life.TrackedAsync(), new OrderUpdater(_life.Hub.Orders, _life.Hub.Dispatcher), _life.Hub.Clock);
    }
}
