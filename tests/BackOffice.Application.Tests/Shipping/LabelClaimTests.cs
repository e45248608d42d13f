using BackOffice.Application.Messaging;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;
using LifecycleFixture = BackOffice.Application.Tests.Lifecycle.Lifecycle;

namespace BackOffice.Application.Tests.Shipping;

/// <summary>
/// Two runs of the label step for one order at once (copies of one message, as a redelivering transport makes them):
/// the carrier's cart has no idempotency key, so the claim on the order decides which run calls the carrier.
/// </summary>
public sealed class LabelClaimTests
{
    private readonly LifecycleFixture _life = new();

    public LabelClaimTests() => _life.Partners.CheckoutCreated(LifecycleFixture.OrderId.Value, PaymentMethod.CreditCard, 10980);

    [Fact]
    public async Task HandleAsync_WhenACopyRunsWhileTheFirstIsAtTheCart_CartsAndPaysOnceAndTheCopyWaitsForTheClaim()
    {
        var message = await WithheldLabelMessageAsync();
        MessageHandlingResult? copy = null;
        _life.Partners.DuringNextCartAdd = async () => copy = await HandleAsync(message);

        var first = await HandleAsync(message);

        Assert.Equal((MessageHandlingResult.Applied, MessageHandlingResult.RetryScheduled), (first, copy));
        Assert.Equal((1, 1), (_life.Partners.EffectsOf("carrier.cart"), _life.Partners.EffectsOf("carrier.checkout")));
        var order = await _life.OrderAsync();
        Assert.Equal((OrderStatus.ReadyToShip, "lbl_1", (LabelWorkClaim?)null), (order.Status, order.Shipment!.LabelId, order.LabelClaim));
        var wait = Assert.Single(_life.Hub.Publisher.Sent, sent => sent.Data?.GetValueOrDefault(OrderMessageData.RetryOf) == message.MessageId);
        Assert.Equal((OrderMessageTypes.PurchaseLabel, "0"), (wait.Type, wait.Data![OrderMessageData.RetryAttempt]));
        Assert.Equal(LifecycleSettings.Default.LabelClaimLease + TimeSpan.FromSeconds(1), wait.NotBefore - wait.CreatedAt);
        Assert.Equal(MessageHandlingResult.AlreadyProcessed, await HandleAsync(wait));
    }

    [Fact]
    public async Task HandleAsync_WhenAnotherRunClaimsBetweenTheReadAndTheSave_WaitsAndCallsNoCarrier()
    {
        var message = await WithheldLabelMessageAsync();
        var until = _life.Hub.Clock.GetUtcNow() + LifecycleSettings.Default.LabelClaimLease;
        _life.Hub.Orders.BeforeNextSave = () =>
        {
            var stored = _life.Hub.Orders.FindAsync(LifecycleFixture.OrderId, CancellationToken.None).GetAwaiter().GetResult()!;
            stored.Order.ClaimLabelWork("another-run", until, Cause.Message("another"), _life.Hub.Clock.GetUtcNow());
            _life.Hub.Orders.SaveAsync(stored, CancellationToken.None).GetAwaiter().GetResult();
        };

        Assert.Equal(MessageHandlingResult.RetryScheduled, await HandleAsync(message));

        Assert.Equal(0, _life.Partners.QuoteRequests.Count + _life.Partners.EffectsOf("carrier.cart"));
        Assert.Equal("another-run", (await _life.OrderAsync()).LabelClaim!.Claimant);
    }

    [Fact]
    public async Task HandleAsync_WhenThreeCopiesRunInParallelWhileTheFirstIsAtTheCart_CartsAndPaysOnce()
    {
        var message = await WithheldLabelMessageAsync();
        MessageHandlingResult[] copies = [];
        _life.Partners.DuringNextCartAdd = async () => copies = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => HandleAsync(message))));

        await HandleAsync(message);

        Assert.Equal([MessageHandlingResult.RetryScheduled, MessageHandlingResult.RetryScheduled, MessageHandlingResult.RetryScheduled], copies);
        Assert.Equal((1, 1), (_life.Partners.EffectsOf("carrier.cart"), _life.Partners.EffectsOf("carrier.checkout")));
        await _life.PumpAsync();
        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Single(order.Timeline, entry => entry.Event == "LabelPurchased");
    }

    [Fact]
    public async Task HandleAsync_WhenTheFirstRunOutlivesItsClaimAndACopyTakesOver_RemovesItsOwnCartEntryAndRecordsNothing()
    {
        var message = await WithheldLabelMessageAsync();
        _life.Partners.DuringNextCartAdd = async () =>
        {
            _life.Hub.Clock.Advance(LifecycleSettings.Default.LabelClaimLease + TimeSpan.FromSeconds(1));
            Assert.Equal(MessageHandlingResult.Applied, await HandleAsync(message));
        };

        var slow = await HandleAsync(message);

        Assert.Equal(MessageHandlingResult.Applied, slow);
        Assert.Equal((2, 1, 1), (_life.Partners.EffectsOf("carrier.cart"), _life.Partners.EffectsOf("carrier.cart.remove"), _life.Partners.EffectsOf("carrier.checkout")));
        var order = await _life.OrderAsync();
        Assert.Equal((OrderStatus.ReadyToShip, "lbl_1"), (order.Status, order.Shipment!.LabelId));
        Assert.Equal(["lbl_1"], _life.Partners.CheckedOut);
        Assert.Single(order.Timeline, entry => entry.Event == "LabelCartCreated");
        Assert.Single(order.Timeline, entry => entry.Event == LabelWorkClaimed.EventName && entry.Detail!.Contains("took over", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_WhenTheCartCallFails_ReleasesTheClaimSoTheRetryGoesOnAtOnce()
    {
        var message = await WithheldLabelMessageAsync();
        _life.Partners.Outages = 1;

        Assert.Equal(MessageHandlingResult.RetryScheduled, await HandleAsync(message));

        var order = await _life.OrderAsync();
        Assert.Null(order.LabelClaim);
        Assert.Equal(LabelWorkReleased.EventName, order.Timeline[^1].Event);
        var retry = Assert.Single(_life.Hub.Publisher.Sent, sent => sent.Data?.GetValueOrDefault(OrderMessageData.RetryOf) == message.MessageId);
        Assert.Equal("1", retry.Data![OrderMessageData.RetryAttempt]);
        Assert.Equal(MessageHandlingResult.Applied, await HandleAsync(retry));
        Assert.Equal(OrderStatus.ReadyToShip, (await _life.OrderAsync()).Status);
        Assert.Equal((1, 1), (_life.Partners.EffectsOf("carrier.cart"), _life.Partners.EffectsOf("carrier.checkout")));
    }

    [Fact]
    public async Task HandleAsync_WhenTheRetriesAreUsedUpAndAnotherRunHoldsTheClaim_WaitsInsteadOfStoppingTheOrder()
    {
        var message = await WithheldLabelMessageAsync();
        var lastRetry = message with
        {
            MessageId = $"{message.MessageId}:retry-{LifecycleSettings.Default.ScheduledRetries}",
            Data = new Dictionary<string, string>
            {
                [OrderMessageData.RetryOf] = message.MessageId,
                [OrderMessageData.RetryAttempt] = $"{LifecycleSettings.Default.ScheduledRetries}",
            },
        };
        MessageHandlingResult? copy = null;
        _life.Partners.DuringNextCartAdd = async () => copy = await HandleAsync(lastRetry);

        await HandleAsync(message);

        Assert.Equal(MessageHandlingResult.RetryScheduled, copy);
        Assert.DoesNotContain((await _life.OrderAsync()).Timeline, entry => entry.Event == "AttentionRequired");
    }

    private Task<MessageHandlingResult> HandleAsync(OutboxMessage message) => _life.Hub.Messages.HandleAsync(OrderMessage.From(message), CancellationToken.None);

    // The order goes through the in-memory hub until its label message, which is kept back for the test to deliver.
    private async Task<OutboxMessage> WithheldLabelMessageAsync()
    {
        _life.LoseNext(OrderMessageTypes.PurchaseLabel);
        await _life.ReceiveAsync("credit_card");
        await _life.PumpAsync();
        Assert.Equal(OrderStatus.Invoiced, (await _life.OrderAsync()).Status);
        return _life.Hub.Publisher.Sent.Last(sent => sent.Type == OrderMessageTypes.PurchaseLabel);
    }
}
