using System.Text.Json;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Cosmos;

namespace BackOffice.Infrastructure.Tests.Cosmos;

/// <summary>The ids of the messages an order sent travel in its document (no emulator needed).</summary>
public sealed class OrderDocumentSentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly DueWork Due = new(LifecycleSettings.Default);

    [Fact]
    public void ToTrackedOrder_WhenMessagesLeftTheOutbox_ReadsThemBackAsSent()
    {
        var tracked = NewOrder();
        var ids = tracked.Outbox.Select(message => message.MessageId).ToList();
        tracked.RemoveFromOutbox(ids);

        var read = RoundTrip(JsonSerializer.SerializeToUtf8Bytes(OrderDocument.From(tracked, Due), CosmosJson.Options));

        Assert.NotEmpty(ids);
        Assert.Equal(ids, read.Sent);
        Assert.Empty(read.Outbox);
    }

    [Fact]
    public void ToTrackedOrder_WhenTheDocumentPredatesTheSentList_ReadsItEmpty()
    {
        var json = JsonSerializer.SerializeToNode(OrderDocument.From(NewOrder(), Due), CosmosJson.Options)!.AsObject();
        Assert.True(json.Remove("sent"));

        var read = RoundTrip(JsonSerializer.SerializeToUtf8Bytes(json));

        Assert.Empty(read.Sent);
    }

    private static TrackedOrder RoundTrip(byte[] json) =>
        JsonSerializer.Deserialize<OrderDocument>(json, CosmosJson.Options)!.ToTrackedOrder("\"etag\"");

    private static TrackedOrder NewOrder() => TrackedOrder.New(Order.Receive(
        new OrderPlacement(SalesChannel.Hub, "sent-1", Now, new OrderAmounts(Currency.Of("BRL"), 1000, 0, 0, 1000),
            [new OrderLine("SKU-1", "Camiseta", 1, 1000)], new Customer("Maria", "maria@example.com", null, null), null, new Payment(PaymentMethod.Pix, 1000, true, 1)),
        Cause.Webhook("d-1"),
        Now));
}
