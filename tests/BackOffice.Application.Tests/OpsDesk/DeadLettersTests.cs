using BackOffice.Application.Messaging;
using BackOffice.Application.Ops.DeadLetters;
using BackOffice.Application.Orders;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackOffice.Application.Tests.OpsDesk;

public sealed class DeadLettersTests
{
    private static readonly OrderId OrderId = OrderId.For(SalesChannel.Hub, "1001");

    private readonly Hub _hub = new();
    private readonly InMemoryDeadLetterQueue _queue = new();
    private readonly InMemoryMessageFailureLog _failures = new();
    private readonly DeadLetters _deadLetters;

    public DeadLettersTests() =>
        _deadLetters = new DeadLetters(_queue, _failures, new OrderUpdater(_hub.Orders, _hub.Dispatcher), _hub.Publisher, _hub.Clock, NullLogger<DeadLetters>.Instance);

    [Fact]
    public async Task ListAsync_WhenTheFailureWasRecorded_ShowsOrderTypeReasonAndDeliveryCount()
    {
        var message = new OrderMessage("hub-1001:2:StockReserved", OrderMessageTypes.IssueInvoice, "hub-1001", _hub.Clock.GetUtcNow());
        var body = OrderMessageSerializer.Serialize(message);
        await _failures.RecordAsync(new MessageFailure(MessageFailure.KeyOf(body), "HttpRequestException: focus down", 5, _hub.Clock.GetUtcNow()), CancellationToken.None);
        _queue.Messages.Add(new DeadLetteredMessage("q-1", body, null, null, _hub.Clock.GetUtcNow()));

        var list = await _deadLetters.ListAsync(100, CancellationToken.None);

        var letter = Assert.Single(list.DeadLetters);
        Assert.Equal(("q-1", "hub-1001", OrderMessageTypes.IssueInvoice, "HttpRequestException: focus down", (int?)5),
            (letter.Id, letter.OrderId, letter.Type, letter.Reason, letter.DeliveryCount));
    }

    [Fact]
    public async Task ListAsync_WhenTheBodyIsNotAnOrderMessage_SaysWhyInsteadOfAnOrder()
    {
        _queue.Messages.Add(new DeadLetteredMessage("q-1", "not json", null, null, null));

        var letter = Assert.Single((await _deadLetters.ListAsync(100, CancellationToken.None)).DeadLetters);

        Assert.Null(letter.OrderId);
        Assert.Contains("not valid JSON", letter.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayAsync_WhenTheWorkIsAlreadyDone_SendsNothingRemovesItAndNotesThePerson()
    {
        var handled = await ReceiveAndHandleFirstMessageAsync();
        _queue.Messages.Add(new DeadLetteredMessage("q-1", OrderMessageSerializer.Serialize(handled), null, null, null));
        var statusBefore = (await FindAsync()).Order.Status;

        var replay = await _deadLetters.ReplayAsync("q-1", "ana", CancellationToken.None);

        Assert.Equal(DeadLetterReplayOutcome.AlreadyDone, replay!.Outcome);
        Assert.Empty(_hub.Publisher.Sent);
        Assert.Empty(_queue.Messages);
        var order = await FindAsync();
        Assert.Equal(statusBefore, order.Order.Status);
        var entry = order.Order.Timeline[^1];
        Assert.Equal(("DeadLetterReplayed", Cause.Person("ana")), (entry.Event, entry.Cause));
        Assert.Contains("already done", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayAsync_WhenNotDone_SendsACopyThatTheInboxKnowsAsTheOriginal()
    {
        var handled = await ReceiveAndHandleFirstMessageAsync();
        var failed = new OrderMessage("hub-1001:1:RiskAnalysisStarted:retry-5", OrderMessageTypes.SubmitRiskAnalysis, "hub-1001", _hub.Clock.GetUtcNow(),
            new Dictionary<string, string> { [OrderMessageData.RetryOf] = "hub-1001:1:RiskAnalysisStarted", [OrderMessageData.RetryAttempt] = "5" });
        _queue.Messages.Add(new DeadLetteredMessage("q-2", OrderMessageSerializer.Serialize(failed), null, null, null));

        var replay = await _deadLetters.ReplayAsync("q-2", "ana", CancellationToken.None);

        Assert.Equal(DeadLetterReplayOutcome.Replayed, replay!.Outcome);
        var copy = OrderMessage.From(Assert.Single(_hub.Publisher.Sent));
        Assert.NotEqual(failed.MessageId, copy.MessageId);
        Assert.Equal(("hub-1001:1:RiskAnalysisStarted", 0, OrderMessageTypes.SubmitRiskAnalysis), (copy.InboxId, copy.RetryAttempt, copy.Type));
        Assert.Empty(_queue.Messages);
        Assert.Equal("DeadLetterReplayed", (await FindAsync()).Order.Timeline[^1].Event);
        Assert.NotEqual(handled.MessageId, copy.InboxId);
    }

    [Fact]
    public async Task ReplayAsync_WhenTheOrderDoesNotExist_KeepsTheDeadLetterAndSendsNothing()
    {
        var message = new OrderMessage("m-1", OrderMessageTypes.OrderReceived, "hub-404", _hub.Clock.GetUtcNow());
        _queue.Messages.Add(new DeadLetteredMessage("q-1", OrderMessageSerializer.Serialize(message), null, null, null));

        var replay = await _deadLetters.ReplayAsync("q-1", "ana", CancellationToken.None);

        Assert.Equal(DeadLetterReplayOutcome.OrderNotFound, replay!.Outcome);
        Assert.Single(_queue.Messages);
        Assert.Empty(_hub.Publisher.Sent);
    }

    [Fact]
    public async Task ReplayAsync_WhenNoSuchId_ReturnsNull()
    {
        Assert.Null(await _deadLetters.ReplayAsync("nope", "ana", CancellationToken.None));
    }

    [Fact]
    public async Task ReplayTypeAsync_WhenSeveralTypesAreDead_ReplaysOnlyTheTypeAsked()
    {
        await ReceiveAndHandleFirstMessageAsync();
        var now = _hub.Clock.GetUtcNow();
        _queue.Messages.Add(new DeadLetteredMessage("q-1", OrderMessageSerializer.Serialize(new OrderMessage("hub-1001:a", OrderMessageTypes.IssueInvoice, "hub-1001", now)), null, null, null));
        _queue.Messages.Add(new DeadLetteredMessage("q-2", OrderMessageSerializer.Serialize(new OrderMessage("hub-1001:b", OrderMessageTypes.PurchaseLabel, "hub-1001", now)), null, null, null));
        _queue.Messages.Add(new DeadLetteredMessage("q-3", OrderMessageSerializer.Serialize(new OrderMessage("hub-1001:c", OrderMessageTypes.IssueInvoice, "hub-1001", now)), null, null, null));

        var replays = await _deadLetters.ReplayTypeAsync(OrderMessageTypes.IssueInvoice, "ana", CancellationToken.None);

        Assert.Equal(["q-1", "q-3"], replays.Select(replay => replay.Id));
        Assert.Equal("q-2", Assert.Single(_queue.Messages).Id);
        Assert.All(_hub.Publisher.Sent, sent => Assert.Equal(OrderMessageTypes.IssueInvoice, sent.Type));
        Assert.Equal(2, (await FindAsync()).Order.Timeline.Count(entry => entry.Event == "DeadLetterReplayed"));
    }

    private async Task<OrderMessage> ReceiveAndHandleFirstMessageAsync()
    {
        await _hub.PostSignedAsync(Hub.OrderJson());
        var first = OrderMessage.From(Assert.Single(_hub.Publisher.Steps));
        await _hub.Messages.HandleAsync(first, CancellationToken.None);
        _hub.Publisher.Sent.Clear();
        return first;
    }

    private async Task<TrackedOrder> FindAsync() => (await _hub.Orders.FindAsync(OrderId, CancellationToken.None))!;
}
