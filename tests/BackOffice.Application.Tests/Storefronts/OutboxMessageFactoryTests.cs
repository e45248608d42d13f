using BackOffice.Application.Messaging;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;

namespace BackOffice.Application.Tests.Storefronts;

public sealed class OutboxMessageFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly OrderId Vtex = OrderId.For(SalesChannel.Vtex, "1468292613054-01");
    private static readonly OrderId Shopify = OrderId.For(SalesChannel.Shopify, "450789469");

    [Fact]
    public void For_WhenAVtexOrderIsReceived_MakesTheNextStepAndANoticeWithDeterministicIds()
    {
        var messages = OutboxMessageFactory.For(new OrderReceived(Vtex, SalesChannel.Vtex, Cause.Webhook("d-1"), Now), 0, SalesChannel.Vtex);

        Assert.Equal(
            [(OrderMessageTypes.OrderReceived, "vtex-1468292613054-01:0:OrderReceived"), (OrderMessageTypes.NotifyStorefront, "vtex-1468292613054-01:0:OrderReceived:notify")],
            messages.Select(message => (message.Type, message.MessageId)));
        Assert.Equal("OrderReceived", messages[1].Data![OrderMessageData.Event]);
    }

    [Theory]
    [InlineData(SalesChannel.Shopify)]
    [InlineData(SalesChannel.Hub)]
    public void For_WhenAShopifyOrHubOrderIsReceived_MakesOnlyTheNextStep(SalesChannel channel)
    {
        var orderId = OrderId.For(channel, "1001");

        var message = Assert.Single(OutboxMessageFactory.For(new OrderReceived(orderId, channel, Cause.Webhook("d-1"), Now), 0, channel));

        Assert.Equal(OrderMessageTypes.OrderReceived, message.Type);
    }

    [Fact]
    public void For_WhenAShopifyLabelIsPurchased_MakesOnlyTheNotice()
    {
        var purchased = new LabelPurchased(Shopify, new ShipmentInfo("label-1", "BR123456789BR", null), Cause.Message("m-1"), Now);

        var message = Assert.Single(OutboxMessageFactory.For(purchased, 7, SalesChannel.Shopify));

        Assert.Equal((OrderMessageTypes.NotifyStorefront, "shopify-450789469:7:LabelPurchased:notify"), (message.Type, message.MessageId));
    }

    [Fact]
    public void For_WhenAHubOrderIsShipped_ConsumesItsStockAndTellsNoStorefront()
    {
        var shipped = new OrderShipped(OrderId.For(SalesChannel.Hub, "1001"), "BR123456789BR", Now, Cause.Callback("c-1"), Now);

        var message = Assert.Single(OutboxMessageFactory.For(shipped, 9, SalesChannel.Hub));
        Assert.Equal(OrderMessageTypes.ConsumeStock, message.Type);
    }

    [Fact]
    public void For_WhenAPersonCancels_CompensatesAndTellsTheStorefront()
    {
        var cancelled = new OrderCancelled(Shopify, "customer asked", new Compensations(true, false, false, true), Cause.Person("ops"), Now);

        var messages = OutboxMessageFactory.For(cancelled, 4, SalesChannel.Shopify);

        Assert.Equal([OrderMessageTypes.Compensate, OrderMessageTypes.NotifyStorefront], messages.Select(message => message.Type));
    }

    [Fact]
    public void For_WhenTheStorefrontsOwnWebhookCancels_DoesNotEchoItBack()
    {
        var cancelled = new OrderCancelled(Vtex, "VTEX order canceled", Compensations.None, Cause.Webhook("d-2"), Now);

        Assert.Empty(OutboxMessageFactory.For(cancelled, 4, SalesChannel.Vtex));
    }

    [Fact]
    public void CollectOutbox_WhenAnEventMakesTwoMessages_KeepsBoth()
    {
        var order = Orders.TrackedOrder.New(Order.Receive(
            new OrderPlacement(SalesChannel.Vtex, "1468292613054-01", Now, new OrderAmounts(Currency.Of("BRL"), 1000, 0, 0, 1000),
                [new OrderLine("SKU-1", "Camiseta", 1, 1000)], new Customer("Maria", "maria@example.com", null, null), null, new Payment(PaymentMethod.Pix, 1000, true, 1)),
            Cause.Webhook("d-1"),
            Now));

        Assert.Equal([OrderMessageTypes.OrderReceived, OrderMessageTypes.NotifyStorefront], order.Outbox.Select(message => message.Type));
    }
}
