using System.Text.Json;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Cosmos;

namespace BackOffice.Infrastructure.Tests.Cosmos;

/// <summary>The fields the sweeps query are written from the order on every save (no emulator needed).</summary>
public sealed class OrderDocumentDueTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly DueWork Due = new(LifecycleSettings.Default);

    [Fact]
    public void From_WhenTheOrderWaitsForItsFirstStep_WritesItsDueTimeOnePollAfterTheLastChange()
    {
        var json = Serialize(TrackedOrder.New(NewOrder()));

        Assert.Equal((Now + LifecycleSettings.Default.PollAfter).ToUnixTimeMilliseconds(), json.GetProperty("dueAtUnixMs").GetInt64());
        Assert.False(json.GetProperty("compensationsPending").GetBoolean());
    }

    [Fact]
    public void From_WhenTheSweepCheckedItLater_CountsTheDueTimeFromTheCheck()
    {
        var tracked = TrackedOrder.New(NewOrder());
        tracked.CheckedAt = Now.AddMinutes(10);

        var json = Serialize(tracked);

        Assert.Equal((Now.AddMinutes(10) + LifecycleSettings.Default.PollAfter).ToUnixTimeMilliseconds(), json.GetProperty("dueAtUnixMs").GetInt64());
        Assert.Equal(Now.AddMinutes(10), JsonSerializer.Deserialize<OrderDocument>(json.GetRawText(), CosmosJson.Options)!.ToTrackedOrder("e").CheckedAt);
    }

    [Fact]
    public void From_WhenThreeFollowUpsInARowFoundNothing_WritesADueTimeFourWaitsFromTheLastAndKeepsTheCount()
    {
        var tracked = TrackedOrder.New(NewOrder());
        tracked.CheckedAt = Now.AddMinutes(10);
        tracked.FollowUps = 3;

        var json = Serialize(tracked);

        Assert.Equal((Now.AddMinutes(10) + LifecycleSettings.Default.PollAfter * 4).ToUnixTimeMilliseconds(), json.GetProperty("dueAtUnixMs").GetInt64());
        Assert.Equal(3, JsonSerializer.Deserialize<OrderDocument>(json.GetRawText(), CosmosJson.Options)!.ToTrackedOrder("e").FollowUps);
    }

    [Fact]
    public void From_WhenCancelledWithUndoStepsLeft_FlagsThemAndIsDue()
    {
        var order = NewOrder();
        order.Cancel("customer", Cause.Person("ops"), Now);

        var json = Serialize(TrackedOrder.New(order));

        Assert.True(json.GetProperty("compensationsPending").GetBoolean());
        Assert.Equal(JsonValueKind.Number, json.GetProperty("dueAtUnixMs").ValueKind);
    }

    [Fact]
    public void From_WhenWaitingForAPerson_WritesNoDueTime()
    {
        var order = NewOrder();
        order.RequireAttention("check it", Cause.Person("ops"), Now);

        var json = Serialize(TrackedOrder.New(order));

        Assert.False(json.TryGetProperty("dueAtUnixMs", out _));
    }

    private static JsonElement Serialize(TrackedOrder tracked) =>
        JsonSerializer.SerializeToElement(OrderDocument.From(tracked, Due), CosmosJson.Options);

    private static Order NewOrder() => Order.Receive(
        new OrderPlacement(
            SalesChannel.Hub,
            "1",
            Now.AddMinutes(-5),
            new OrderAmounts(Currency.Of("BRL"), 4990, 0, 0, 4990),
            [new OrderLine("SKU-1", "Camiseta", 1, 4990)],
            new Customer("Maria", "maria@example.com", "52998224725", null),
            null,
            new Payment(PaymentMethod.Pix, 4990, true, 1)),
        Cause.Webhook("d"),
        Now);
}
