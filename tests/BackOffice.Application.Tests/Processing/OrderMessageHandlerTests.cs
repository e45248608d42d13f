using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Application.Tests.Processing;

public sealed class OrderMessageHandlerTests
{
    private static readonly OrderId OrderId = OrderId.For(SalesChannel.Hub, "1001");

    private readonly Hub _hub = new();

    [Fact]
    public async Task HandleAsync_WhenOrderReceived_MovesTheOrderToRiskReviewCausedByTheMessage()
    {
        var message = await ReceiveOrderAsync();

        var result = await _hub.Messages.HandleAsync(message, CancellationToken.None);

        Assert.Equal(MessageHandlingResult.Applied, result);
        var order = await FindAsync();
        Assert.Equal(OrderStatus.RiskReview, order.Order.Status);
        var entry = order.Order.Timeline[^1];
        Assert.Equal(("RiskAnalysisStarted", Cause.Message(message.MessageId)), (entry.Event, entry.Cause));
    }

    [Fact]
    public async Task HandleAsync_WhenTheSameMessageArrivesTwice_AppliesItOnce()
    {
        var message = await ReceiveOrderAsync();
        await _hub.Messages.HandleAsync(message, CancellationToken.None);

        var result = await _hub.Messages.HandleAsync(message, CancellationToken.None);

        Assert.Equal(MessageHandlingResult.AlreadyProcessed, result);
        Assert.Equal(2, (await FindAsync()).Order.Timeline.Count);
    }

    [Fact]
    public async Task HandleAsync_WhenSomeoneElseSavesInBetween_RetriesOnTheFreshCopy()
    {
        var message = await ReceiveOrderAsync();
        _hub.Orders.BeforeNextSave = () => _hub.Orders.Touch(OrderId);

        await _hub.Messages.HandleAsync(message, CancellationToken.None);

        Assert.Equal(OrderStatus.RiskReview, (await FindAsync()).Order.Status);
    }

    [Fact]
    public async Task HandleAsync_WhenTheTypeIsUnknown_ThrowsSoTheMessageIsNotAcknowledged()
    {
        var message = await ReceiveOrderAsync() with { Type = "Teleport" };

        await Assert.ThrowsAsync<UnprocessableMessageException>(() => _hub.Messages.HandleAsync(message, CancellationToken.None));

        Assert.Equal(OrderStatus.Received, (await FindAsync()).Order.Status);
    }

    [Fact]
    public async Task HandleAsync_WhenTheOrderDoesNotExist_Throws()
    {
        var message = new OrderMessage("m1", OrderMessageTypes.OrderReceived, "hub-404", DateTimeOffset.UtcNow);

        await Assert.ThrowsAsync<OrderNotFoundException>(() => _hub.Messages.HandleAsync(message, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_WhenTheOrderHasMovedOnUnderAnotherMessageId_LeavesTheOrderAsItWas()
    {
        var first = await ReceiveOrderAsync();
        await _hub.Messages.HandleAsync(first, CancellationToken.None);

        var again = await _hub.Messages.HandleAsync(first with { MessageId = "another-id" }, CancellationToken.None);

        Assert.Equal(MessageHandlingResult.Applied, again);
        Assert.Equal(2, (await FindAsync()).Order.Timeline.Count);
    }

    [Fact]
    public void CanRetry_WhenTheOrdersRulesRefuse_LeavesTheFailureToTheTransport()
    {
        var retries = new MessageRetries(_hub.Publisher, LifecycleSettings.Default, _hub.Clock);
        var message = new OrderMessage("m1", OrderMessageTypes.OrderReceived, "hub-1001", DateTimeOffset.UtcNow);

        Assert.False(retries.CanRetry(message, new BusinessRuleValidationException(new StatusTransitionMustBeAllowedRule(OrderStatus.Cancelled, OrderStatus.RiskReview))));
        Assert.False(retries.CanRetry(message, new OrderNotFoundException(OrderId)));
        Assert.True(retries.CanRetry(message, new HttpRequestException("partner down")));
    }

    [Fact]
    public async Task ScheduleAsync_WhenThePartnerAskedForAPause_SchedulesTheRetryNoSooner()
    {
        var retries = new MessageRetries(_hub.Publisher, LifecycleSettings.Default, _hub.Clock);
        var message = new OrderMessage("m1", OrderMessageTypes.NotifyStorefront, "hub-1001", _hub.Clock.GetUtcNow());

        await retries.ScheduleAsync(message, CancellationToken.None, new Throttled(TimeSpan.FromMinutes(1)));

        Assert.True(Assert.Single(_hub.Publisher.Sent).NotBefore >= _hub.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
    }

    private async Task<OrderMessage> ReceiveOrderAsync()
    {
        await _hub.PostSignedAsync(Hub.OrderJson());
        return OrderMessage.From(Assert.Single(_hub.Publisher.Steps));
    }

    private async Task<TrackedOrder> FindAsync() => (await _hub.Orders.FindAsync(OrderId, CancellationToken.None))!;

    private sealed class Throttled(TimeSpan retryAfter) : Exception("429"), IRetryAfter
    {
        public TimeSpan RetryAfter { get; } = retryAfter;
    }
}
