using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Tests.Orders;

public sealed class OrderReceiveTests
{
    private static readonly Cause Webhook = Cause.Webhook("delivery-1");

    [Fact]
    public void Receive_WhenPlacementIsValid_RaisesOrderReceivedInStatusReceived()
    {
        var order = Order.Receive(OrderPlacements.Valid("ABC-1001"), Webhook, OrderPlacements.Now);

        var received = Assert.IsType<OrderReceived>(Assert.Single(order.DomainEvents));
        Assert.Equal("hub-abc-1001", received.OrderId.Value);
        Assert.Equal(OrderStatus.Received, order.Status);
        Assert.Equal(Webhook, received.Cause);
        var entry = Assert.Single(order.Timeline);
        Assert.Equal(("OrderReceived", OrderStatus.Received, OrderPlacements.Now), (entry.Event, entry.Status, entry.At));
    }

    [Fact]
    public void Receive_WhenThereAreNoItems_BreaksOrderMustHaveItemsRule()
    {
        var placement = OrderPlacements.Valid() with
        {
            Lines = [],
            Amounts = new OrderAmounts(Currency.Of("BRL"), 0, 0, 0, 0),
            Payment = new Payment(PaymentMethod.Pix, 0, true, 1),
        };

        var exception = Assert.Throws<BusinessRuleValidationException>(() => Order.Receive(placement, Webhook, OrderPlacements.Now));

        Assert.IsType<OrderMustHaveItemsRule>(exception.BrokenRule);
    }

    [Fact]
    public void Receive_WhenTotalDoesNotAddUp_BreaksOrderTotalMustAddUpRule()
    {
        var placement = OrderPlacements.Valid() with { Amounts = new OrderAmounts(Currency.Of("BRL"), 9980, 1500, 500, 99999) };

        var exception = Assert.Throws<BusinessRuleValidationException>(() => Order.Receive(placement, Webhook, OrderPlacements.Now));

        Assert.IsType<OrderTotalMustAddUpRule>(exception.BrokenRule);
    }

    [Fact]
    public void Receive_WhenAPriceIsNegative_BreaksAmountsMustNotBeNegativeRule()
    {
        var placement = OrderPlacements.Valid() with
        {
            Lines = [new OrderLine("SKU-1", "Camiseta", 1, -100)],
            Amounts = new OrderAmounts(Currency.Of("BRL"), -100, 0, 0, -100),
            Payment = new Payment(PaymentMethod.Pix, -100, true, 1),
        };

        var exception = Assert.Throws<BusinessRuleValidationException>(() => Order.Receive(placement, Webhook, OrderPlacements.Now));

        Assert.IsType<AmountsMustNotBeNegativeRule>(exception.BrokenRule);
    }

    [Fact]
    public void BrokenBy_WhenQuantityIsZeroAndPaymentDiffers_ListsBothRules()
    {
        var placement = OrderPlacements.Valid() with
        {
            Lines = [new OrderLine("SKU-1", "Camiseta", 0, 4990)],
            Amounts = new OrderAmounts(Currency.Of("BRL"), 0, 0, 0, 0),
            Payment = new Payment(PaymentMethod.Pix, 10, true, 1),
        };

        var broken = OrderPlacementRules.BrokenBy(placement).Select(rule => rule.GetType()).ToList();

        Assert.Equal([typeof(ItemQuantitiesMustBePositiveRule), typeof(PaymentMustCoverTotalRule)], broken);
    }
}
