using BackOffice.Application.Messaging;
using BackOffice.Application.Processing;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Lifecycle;

/// <summary>A partner outage during a step: back-off retries as scheduled copies, then the transport's poison queue.</summary>
public sealed class RetryTests
{
    private readonly Lifecycle _life = new();

    public RetryTests() => _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);

    [Fact]
    public async Task HandleAsync_WhenThePartnerIsDownTwice_SchedulesTwoRetriesWithGrowingBackOffThenCompletesOnce()
    {
        await _life.ReceiveAsync("credit_card");
        _life.Partners.Outages = 2;

        await _life.PumpAsync();

        var retries = _life.Hub.Publisher.Sent.Where(message => message.Data?.ContainsKey(OrderMessageData.RetryOf) == true).ToList();
        Assert.Equal(["SubmitRiskAnalysis", "SubmitRiskAnalysis"], retries.Select(message => message.Type));
        var waits = retries.Select(message => message.NotBefore!.Value - message.CreatedAt).ToList();
        Assert.InRange(waits[0], TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(12));
        Assert.InRange(waits[1], TimeSpan.FromSeconds(32), TimeSpan.FromSeconds(48));
        Assert.Equal(OrderStatus.ReadyToShip, (await _life.OrderAsync()).Status);
        Assert.Equal(1, _life.Partners.EffectsOf("risk.submit"));
        Assert.Equal(1, _life.Partners.EffectsOf("payment.capture"));
    }

    [Fact]
    public async Task HandleAsync_WhenTheRetriesAreUsedUp_StopsTheOrderWithTheStepAndThrowsSoTheTransportParksTheMessage()
    {
        await _life.ReceiveAsync("credit_card");
        _life.Partners.Outages = LifecycleSettings.Default.ScheduledRetries + 1;

        await Assert.ThrowsAsync<HttpRequestException>(() => _life.PumpAsync());

        Assert.Equal(LifecycleSettings.Default.ScheduledRetries, _life.Hub.Publisher.Sent.Count(message => message.Data?.ContainsKey(OrderMessageData.RetryOf) == true));
        Assert.Equal(0, _life.Partners.EffectsOf("risk.submit"));
        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.NeedsAttention, order.Status);
        Assert.Equal((OrderStatus.RiskReview, OrderMessageTypes.SubmitRiskAnalysis), (order.Attention!.ResumeTo, order.Attention.Step));
        Assert.Contains("failed after 5 retries", order.Attention.Reason, StringComparison.Ordinal);
        Assert.Equal("AttentionRequired", order.Timeline[^1].Event);
    }

    [Fact]
    public async Task HandleAsync_WhenTheParkedMessageIsDeliveredAgainBeforeAResume_RefusesItAndLeavesTheOrderStopped()
    {
        await _life.ReceiveAsync("credit_card");
        _life.Partners.Outages = LifecycleSettings.Default.ScheduledRetries + 1;
        await Assert.ThrowsAsync<HttpRequestException>(() => _life.PumpAsync());
        var parked = OrderMessage.From(_life.Hub.Publisher.Sent.Last(message => message.Type == OrderMessageTypes.SubmitRiskAnalysis));

        await Assert.ThrowsAsync<StepStoppedException>(() => _life.Hub.Messages.HandleAsync(parked, CancellationToken.None));

        Assert.Equal(OrderStatus.NeedsAttention, (await _life.OrderAsync()).Status);
        Assert.Equal(0, _life.Partners.EffectsOf("risk.submit"));
    }

    [Fact]
    public async Task HandleAsync_WhenTheStoppedOrderIsResumed_TheStepRunsAgainAndTheOrderGoesOn()
    {
        await _life.ReceiveAsync("credit_card");
        _life.Partners.Outages = LifecycleSettings.Default.ScheduledRetries + 1;
        await Assert.ThrowsAsync<HttpRequestException>(() => _life.PumpAsync());

        await _life.Hub.Actions.RetryAsync(Lifecycle.OrderId, "ops@store", CancellationToken.None);
        await _life.PumpAsync();

        Assert.Equal(OrderStatus.ReadyToShip, (await _life.OrderAsync()).Status);
        Assert.Equal(1, _life.Partners.EffectsOf("risk.submit"));
    }

    [Fact]
    public async Task HandleAsync_WhenTheOriginalIsRedeliveredAndSucceedsFirst_TheScheduledRetryChangesNothing()
    {
        await _life.ReceiveAsync("credit_card");
        await _life.Hub.Messages.HandleAsync(OrderMessage.From(_life.Hub.Publisher.Sent[0]), CancellationToken.None);
        var submit = OrderMessage.From(_life.Hub.Publisher.Sent.Single(message => message.Type == OrderMessageTypes.SubmitRiskAnalysis));
        _life.Partners.Outages = 1;

        var failed = await _life.Hub.Messages.HandleAsync(submit, CancellationToken.None);
        var redelivered = await _life.Hub.Messages.HandleAsync(submit, CancellationToken.None);
        var retry = await _life.Hub.Messages.HandleAsync(
            OrderMessage.From(_life.Hub.Publisher.Sent.Single(message => message.Data?.ContainsKey(OrderMessageData.RetryOf) == true)), CancellationToken.None);

        Assert.Equal((MessageHandlingResult.RetryScheduled, MessageHandlingResult.Applied, MessageHandlingResult.AlreadyProcessed), (failed, redelivered, retry));
        Assert.Equal(1, _life.Partners.EffectsOf("risk.submit"));
    }
}
