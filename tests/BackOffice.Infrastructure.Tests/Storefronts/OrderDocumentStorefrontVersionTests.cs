using System.Text.Json;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Cosmos;

namespace BackOffice.Infrastructure.Tests.Storefronts;

/// <summary>
/// What travels in the order's document beside the order (no emulator needed): the storefront's time of the newest event
/// applied, the ids of the messages the order sent, and the label step's claim; documents written before each read as
/// without it.
/// </summary>
public sealed class OrderDocumentStorefrontVersionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly DueWork Due = new(LifecycleSettings.Default);

    [Fact]
    public void ToTrackedOrder_WhenTheDocumentWasWrittenWithAVersion_ReadsItBack()
    {
        var tracked = NewOrder();
        tracked.AdvanceStorefrontVersion(new DateTimeOffset(2026, 11, 23, 12, 30, 0, TimeSpan.FromHours(-3)));

        var read = RoundTrip(JsonSerializer.SerializeToUtf8Bytes(OrderDocument.From(tracked, Due), CosmosJson.Options));

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.Zero), read.StorefrontVersion);
    }

    [Fact]
    public void ToTrackedOrder_WhenTheDocumentPredatesStorefronts_ReadsNoVersion()
    {
        var json = JsonSerializer.SerializeToNode(OrderDocument.From(NewOrder(), Due), CosmosJson.Options)!.AsObject();
        json.Remove("storefrontVersion");

        var read = RoundTrip(JsonSerializer.SerializeToUtf8Bytes(json));

        Assert.Null(read.StorefrontVersion);
        Assert.Equal("vtex-1468292613054-01", read.Order.Id.Value);
    }

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
        Assert.Empty(RoundTrip(JsonSerializer.SerializeToUtf8Bytes(json)).Sent);
    }

    [Fact]
    public void ToTrackedOrder_WhenTheDocumentWasWrittenWithAClaim_ReadsItBack()
    {
        var claim = new LabelWorkClaim("run-a", Now.AddMinutes(3));
        var tracked = TrackedOrder.New(Order.Restore(NewOrder().Order.ToSnapshot() with { LabelClaim = claim }));

        var read = RoundTrip(JsonSerializer.SerializeToUtf8Bytes(OrderDocument.From(tracked, Due), CosmosJson.Options));

        Assert.Equal(claim, read.Order.LabelClaim);
    }

    [Fact]
    public void ToTrackedOrder_WhenTheDocumentPredatesTheClaim_ReadsNoClaim()
    {
        var json = JsonSerializer.SerializeToNode(OrderDocument.From(NewOrder(), Due), CosmosJson.Options)!.AsObject();
        json.Remove("labelClaim");

        var read = RoundTrip(JsonSerializer.SerializeToUtf8Bytes(json));

        Assert.Null(read.Order.LabelClaim);
        Assert.Equal("vtex-1468292613054-01", read.Order.Id.Value);
    }

    private static TrackedOrder RoundTrip(byte[] json) =>
        JsonSerializer.Deserialize<OrderDocument>(json, CosmosJson.Options)!.ToTrackedOrder("\"etag\"");

    private static TrackedOrder NewOrder() => TrackedOrder.New(Order.Receive(
        new OrderPlacement(SalesChannel.Vtex, "1468292613054-01", Now, new OrderAmounts(Currency.Of("BRL"), 1000, 0, 0, 1000),
            [new OrderLine("SKU-1", "Camiseta", 1, 1000)], new Customer("Maria", "maria@example.com", null, null), null, new Payment(PaymentMethod.Pix, 1000, true, 1)),
        Cause.Webhook("d-1"),
        Now));
}
