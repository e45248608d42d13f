using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.SeedWork;
using BackOffice.Domain.Shipping;

namespace BackOffice.Domain.Tests.Orders;

public sealed class ChooseCarrierServiceTests
{
    private static readonly DateTimeOffset Now = OrderStages.Now;
    private static readonly ServiceQuote Sedex = new(2, "Correios", "SEDEX", 4190, 2);

    [Fact]
    public void ChooseCarrierService_WhenOnTime_RaisesCarrierServiceChosenOnlyAndKeepsTheStatus()
    {
        var order = OrderStages.Invoiced();

        order.ChooseCarrierService(new ServiceChoice(Sedex, "cheapest on time (Correios SEDEX, 2 of 3 days)", PromiseAtRisk: false), null, OrderStages.Step, Now);

        var chosen = Assert.IsType<CarrierServiceChosen>(Assert.Single(order.DomainEvents));
        Assert.Equal((Sedex, OrderStatus.Invoiced), (chosen.Service, order.Status));
        Assert.Equal((CarrierServiceChosen.EventName, "cheapest on time (Correios SEDEX, 2 of 3 days)"), (order.Timeline[^1].Event, order.Timeline[^1].Detail));
    }

    [Fact]
    public void ChooseCarrierService_WhenThePromiseIsAtRisk_AlsoRaisesDeliveryPromiseAtRiskWithTheNote()
    {
        var order = OrderStages.Invoiced();

        order.ChooseCarrierService(new ServiceChoice(Sedex, "promise at risk", PromiseAtRisk: true), "the storefront's method 'X' is not mapped", OrderStages.Step, Now);

        Assert.Equal(
            [CarrierServiceChosen.EventName, DeliveryPromiseAtRisk.EventName],
            order.DomainEvents.OfType<OrderEvent>().Select(e => e.Name));
        Assert.Equal("promise at risk; the storefront's method 'X' is not mapped", order.Timeline[^2].Detail);
    }

    [Fact]
    public void ChooseCarrierService_WhenALabelIsAlreadyInTheCart_BreaksLabelMustNotBeInCartRule()
    {
        var order = OrderStages.LabelInCart();

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            order.ChooseCarrierService(new ServiceChoice(Sedex, "again", PromiseAtRisk: false), null, OrderStages.Step, Now));

        Assert.IsType<LabelMustNotBeInCartRule>(broken.BrokenRule);
        Assert.Empty(order.DomainEvents);
    }

    [Fact]
    public void ChooseCarrierService_WhenNotInvoiced_BreaksOrderMustBeInStatusRule()
    {
        var order = OrderStages.StockReserved();

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            order.ChooseCarrierService(new ServiceChoice(Sedex, "early", PromiseAtRisk: false), null, OrderStages.Step, Now));

        Assert.IsType<OrderMustBeInStatusRule>(broken.BrokenRule);
    }

    [Fact]
    public void Receive_WhenThePlacementCarriesTheCustomersDelivery_KeepsItThroughASnapshot()
    {
        var delivery = new CustomerDelivery("SEDEX", "Entrega expressa", Now.AddDays(3));
        var order = OrderStages.Received(OrderPlacements.Valid() with { Delivery = delivery });

        Assert.Equal(delivery, Order.Restore(order.ToSnapshot()).Delivery);
    }
}
