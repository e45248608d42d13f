using System.Text.Json;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Cosmos;

namespace BackOffice.Infrastructure.Tests.Cosmos;

/// <summary>The label step's claim travels in the order's document; documents written before it read as unclaimed (no emulator needed).</summary>
public sealed class OrderDocumentLabelClaimTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly DueWork Due = new(LifecycleSettings.Default);

    [Fact]
    public void ToTrackedOrder_WhenTheDocumentWasWrittenWithAClaim_ReadsItBack()
    {
        var claim = new LabelWorkClaim("run-a", Now.AddMinutes(3));
        var tracked = TrackedOrder.New(Order.Restore(NewOrder().ToSnapshot() with { LabelClaim = claim }));

        var read = RoundTrip(JsonSerializer.SerializeToUtf8Bytes(OrderDocument.From(tracked, Due), CosmosJson.Options));

        Assert.Equal(claim, read.Order.LabelClaim);
    }

    [Fact]
    public void ToTrackedOrder_WhenTheDocumentPredatesTheClaim_ReadsNoClaim()
    {
        var json = JsonSerializer.SerializeToNode(OrderDocument.From(TrackedOrder.New(NewOrder()), Due), CosmosJson.Options)!.AsObject();
        json.Remove("labelClaim");

        var read = RoundTrip(JsonSerializer.SerializeToUtf8Bytes(json));

        Assert.Null(read.Order.LabelClaim);
        Assert.Equal("vtex-1468292613054-01", read.Order.Id.Value);
    }

    private static TrackedOrder RoundTrip(byte[] json) =>
        JsonSerializer.Deserialize<OrderDocument>(json, CosmosJson.Options)!.ToTrackedOrder("\"etag\"");

    private static Order NewOrder() => Order.Receive(
        new OrderPlacement(SalesChannel.Vtex, "1468292613054-01", Now, new OrderAmounts(Currency.Of("BRL"), 1000, 0, 0, 1000),
            [new OrderLine("SKU-1", "Camiseta", 1, 1000)], new Customer("Maria", "maria@example.com", null, null), null, new Payment(PaymentMethod.Pix, 1000, true, 1)),
        Cause.Webhook("d-1"),
        Now);
}
