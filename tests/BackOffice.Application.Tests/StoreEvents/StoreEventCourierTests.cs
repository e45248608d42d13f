using BackOffice.Application.Messaging;
using BackOffice.Application.StoreEvents;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.StoreEvents;

/// <summary>The store on the hub's own format hears every event of its order once, signed, in order, whatever fails.</summary>
public sealed class StoreEventCourierTests
{
    private static readonly string[] PaidPixOrder =
    [
        "order.received", "order.risk_review", "order.awaiting_payment", "payment.instructions", "order.payment_approved", "order.invoiced",
        "order.ready_to_ship",
    ];

    private readonly Lifecycle.Lifecycle _life = new();

    private FakeStore Store => _life.Hub.Store;

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(2, true)]
    public async Task Pump_WhenAHubCreatedPixIsPaid_TheStoreHearsTheInstructionsAndEveryStatusChangeOnceInOrder(int copies, bool reverse)
    {
        await _life.ReceiveAsync("pix", chargeCreatedBy: "hub");
        await _life.PumpAsync(copies, reverse);
        _life.Partners.Pay($"ch_{Lifecycle.Lifecycle.OrderId.Value}");
        await _life.CallbackAsync("pagarme", copies: copies);
        await _life.PumpAsync(copies, reverse);

        Assert.Equal(PaidPixOrder, Store.Received.Select(received => received.Type));
        Assert.All(Store.Received, received => Assert.True(received.SignatureValid));
        Assert.Equal(Store.Received.Select(received => received.Id).Distinct(), Store.Received.Select(received => received.Id));
        var sequences = Store.Received.Select(received => received.Body["sequence"]!.GetValue<int>()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        var payment = Store.Received.Single(received => received.Type == "payment.instructions").Body["data"]!["payment"]!;
        Assert.Equal("pix", payment["method"]!.GetValue<string>());
        Assert.StartsWith("00020101", payment["pix"]!["code"]!.GetValue<string>());
        Assert.EndsWith(".png", payment["pix"]!["qrCodeUrl"]!.GetValue<string>());
        Assert.NotNull(payment["expiresAt"]);
        var invoiced = Store.Received.Single(received => received.Type == "order.invoiced").Body["data"]!;
        Assert.Equal(44, invoiced["invoice"]!["accessKey"]!.GetValue<string>().Length);
        var labelled = Store.Received.Single(received => received.Type == "order.ready_to_ship").Body["data"]!["shipment"]!;
        Assert.Contains(labelled["trackingCode"]!.GetValue<string>(), labelled["trackingUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pump_WhenAHubCreatedPixArrives_KeepsTheInstructionsOnTheOrder()
    {
        await _life.ReceiveAsync("pix", chargeCreatedBy: "hub");
        await _life.PumpAsync();

        var order = await _life.OrderAsync();
        Assert.Equal(FakePartners.InstructionsFor(PaymentMethod.Pix, order.Id.Value)!.PixQrCode, order.Charge!.Instructions!.PixCode);
        Assert.Equal("PaymentInstructionsIssued", Assert.Single(order.Timeline, entry => entry.Event == "PaymentInstructionsIssued").Event);
    }

    [Fact]
    public async Task Pump_WhenACardOrderGoesThrough_SendsNoPaymentInstructions()
    {
        _life.Partners.CheckoutCreated(Lifecycle.Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.ReceiveAsync();
        await _life.PumpAsync();

        Assert.Equal(PaidPixOrder.Where(type => type != "payment.instructions"), Store.Received.Select(received => received.Type));
    }

    [Fact]
    public async Task Pump_WhenOpsCancelTheOrder_TheStoreHearsTheCancellationWithItsReason()
    {
        await _life.ReceiveAsync();
        await _life.PumpAsync();
        await _life.Hub.Actions.CancelAsync(Lifecycle.Lifecycle.OrderId, "customer changed their mind", "ana@ops", CancellationToken.None);
        await _life.PumpAsync();

        var cancelled = Store.Received[^1];
        Assert.Equal("order.cancelled", cancelled.Type);
        Assert.Equal("OrderCancelled: customer changed their mind", cancelled.Body["data"]!["reason"]!.GetValue<string>());
        Assert.Equal("Cancelled", cancelled.Body["data"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeliverAsync_WhenTheStoreFails_BacksOffAndSendsNoLaterEventBeforeIt()
    {
        _life.Partners.CheckoutCreated(Lifecycle.Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        Store.Answer = received => received.Type == "order.risk_review" && !Store.Received.Any(r => r.Type == "order.risk_review")
            ? new StoreEndpointAnswer(503, "down")
            : new StoreEndpointAnswer(200, null);
        await _life.ReceiveAsync();
        await _life.PumpAsync();

        Assert.Equal(["order.received", "order.risk_review"], Store.Received.Select(received => received.Type));
        var log = await _life.Hub.StoreEvents.ReadAsync(Lifecycle.Lifecycle.OrderId.Value, CancellationToken.None);
        var failed = log.Deliveries[1];
        Assert.Equal((StoreEventState.Pending, 1, 503), (failed.State, failed.Attempts, failed.LastStatusCode));
        var delay = failed.NextAttemptAt!.Value - failed.LastAttemptAt!.Value;
        Assert.InRange(delay, Hub.StoreSettings.RetryBaseDelay * 0.8, Hub.StoreSettings.RetryBaseDelay * 1.2);
        var retry = Assert.Single(_life.Hub.Publisher.Sent, message => message.MessageId.EndsWith(":store:attempt-2", StringComparison.Ordinal));
        Assert.Equal(failed.NextAttemptAt, retry.NotBefore);
        Assert.All(log.Deliveries.Skip(2), later => Assert.Equal(StoreEventState.Pending, later.State));

        _life.Hub.Clock.Advance(Hub.StoreSettings.RetryBaseDelay * 2);
        await _life.Hub.Messages.HandleAsync(OrderMessage.From(retry), CancellationToken.None);

        Assert.Equal(["order.received", "order.risk_review"], Store.Delivered.Take(2).Select(received => received.Type));
        Assert.Equal(PaidPixOrder.Where(type => type != "payment.instructions"), Store.Delivered.Select(received => received.Type));
    }

    [Fact]
    public async Task DeliverAsync_WhenTheStoreStaysDownForTheWholeWindow_FailsTheEventAndNotesItOnTheTimeline()
    {
        Store.Answer = _ => new StoreEndpointAnswer(null, "connection refused");
        await _life.ReceiveAsync();

        await _life.PumpAsync();
        for (var round = 0; round < 20 && (await Log()).Deliveries[0] is { State: StoreEventState.Pending } pending; round++)
        {
            _life.Hub.Clock.Advance(pending.NextAttemptAt!.Value - _life.Hub.Clock.GetUtcNow());
            var retry = _life.Hub.Publisher.Sent.Last(message => message.Type == OrderMessageTypes.NotifyStore && message.NotBefore is not null);
            await _life.Hub.Messages.HandleAsync(OrderMessage.From(retry), CancellationToken.None);
        }

        var failed = (await Log()).Deliveries[0];
        Assert.Equal(StoreEventState.Failed, failed.State);
        Assert.InRange(failed.Attempts, 3, 8);
        Assert.Contains(await _life.Hub.StoreEvents.ListFailingAsync(10, CancellationToken.None), log => log.OrderId == Lifecycle.Lifecycle.OrderId.Value);
        var note = (await _life.OrderAsync()).Timeline[^1];
        Assert.Equal(("PartnerCallbackReceived", CauseKind.Message), (note.Event, note.Cause.Kind));
        Assert.Contains("hub-1001:0 not delivered", note.Detail);
    }

    [Fact]
    public async Task ReplayAsync_WhenTheEventFailed_DeliversItAndThenTheEventsBehindIt()
    {
        Store.Answer = _ => new StoreEndpointAnswer(500, "boom");
        await _life.ReceiveAsync();
        await _life.PumpAsync();
        await WriteLogAsync(log => log.Replace(log.Deliveries[0] with { State = StoreEventState.Failed, NextAttemptAt = null }));
        Store.Answer = _ => new StoreEndpointAnswer(204, null);

        var replay = await _life.Hub.Courier.ReplayAsync(await _life.OrderAsync(), 0, Cause.Person("ana@ops"), CancellationToken.None);

        Assert.Equal((StoreEventReplayOutcome.Replayed, StoreEventState.Delivered, 1), (replay.Outcome, replay.Delivery!.State, replay.Delivery.Replays));
        var log = await Log();
        Assert.Equal(log.Deliveries.Select(delivery => delivery.EventId), Store.Delivered.Select(received => received.Id));
        Assert.Equal(["order.received", "order.risk_review"], Store.Delivered.Take(2).Select(received => received.Type));
        Assert.All(log.Deliveries, delivery => Assert.Equal(StoreEventState.Delivered, delivery.State));
    }

    [Fact]
    public async Task ReplayAsync_WhenTheEventWasDelivered_SendsItAgainWithTheSameIdAndANewSignature()
    {
        await _life.ReceiveAsync();
        await _life.PumpAsync();
        var first = Store.Received[0];
        _life.Hub.Clock.Advance(TimeSpan.FromMinutes(3));

        var replay = await _life.Hub.Courier.ReplayAsync(await _life.OrderAsync(), 0, Cause.Person("ana@ops"), CancellationToken.None);

        var again = Store.Received[^1];
        Assert.Equal((first.Id, StoreEventState.Delivered, 1), (again.Id, replay.Delivery!.State, replay.Delivery.Replays));
        Assert.Equal(first.Headers[StoreEventSigner.DeliveryHeader], again.Headers[StoreEventSigner.DeliveryHeader]);
        Assert.NotEqual(first.Headers[StoreEventSigner.SignatureHeader], again.Headers[StoreEventSigner.SignatureHeader]);
        Assert.True(again.SignatureValid);
    }

    [Fact]
    public async Task ReplayAsync_WhenTheOrderHasNoSuchEvent_IsNotFound()
    {
        await _life.ReceiveAsync();
        await _life.PumpAsync();

        var replay = await _life.Hub.Courier.ReplayAsync(await _life.OrderAsync(), 999, Cause.Person("ana@ops"), CancellationToken.None);

        Assert.Equal(StoreEventReplayOutcome.NotFound, replay.Outcome);
    }

    [Fact]
    public async Task DeliverAsync_WhenTheSameEventIsHandledInParallel_SendsItOnce()
    {
        await _life.ReceiveAsync();
        var order = await _life.OrderAsync();
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Store.Hold = hold;

        var parallel = Enumerable.Range(0, 8)
            .Select(copy => Task.Run(() => _life.Hub.Courier.DeliverAsync(order, 0, Cause.Message($"m-{copy}"), CancellationToken.None)))
            .ToList();
        // The one that claimed the event waits in the store; every other copy must finish without sending it. Two events
        // end the wait: the seven others finished, or a second copy reached the store (the race). No clock: a loaded
        // machine only makes it slower (the old 10 s budget per step failed under load with nothing wrong).
        while (parallel.Count(task => task.IsCompleted) < parallel.Count - 1 && !Store.SecondHeld.Task.IsCompleted)
        {
            await Task.WhenAny([.. parallel.Where(task => !task.IsCompleted), Store.SecondHeld.Task]);
        }

        hold.SetResult();
        await Task.WhenAll(parallel);

        Assert.Equal("hub-1001:0", Assert.Single(Store.Received).Id);
        Assert.Equal(StoreEventState.Delivered, (await Log()).Deliveries[0].State);
    }

    [Fact]
    public async Task DeliverAsync_WhenANewEventIsDue_LogsAndClaimsItInOneWriteThenSavesTheResult()
    {
        await _life.ReceiveAsync();
        var order = await _life.OrderAsync();
        var (reads, saves) = (_life.Hub.StoreEvents.Reads, _life.Hub.StoreEvents.Saves);

        await _life.Hub.Courier.DeliverAsync(order, 0, Cause.Message("m-0"), CancellationToken.None);

        // One read, then the logging with the claim, then the result: the round trips a delivery needs, no more.
        Assert.Equal((1, 2), (_life.Hub.StoreEvents.Reads - reads, _life.Hub.StoreEvents.Saves - saves));
        Assert.Equal("hub-1001:0", Assert.Single(Store.Received).Id);
        Assert.Equal(StoreEventState.Delivered, (await Log()).Deliveries[0].State);
    }

    [Fact]
    public async Task DeliverAsync_WhenALaterEventIsHandledFirst_SendsTheEarlierOnesFirst()
    {
        _life.Partners.CheckoutCreated(Lifecycle.Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.ReceiveAsync();
        await _life.PumpAsync();
        var order = await _life.OrderAsync();
        var last = StoreEventMessages.SequenceOf(OrderMessage.From(_life.Hub.Publisher.Sent.Last(message => message.Type == OrderMessageTypes.NotifyStore)))!.Value;
        var fresh = new Lifecycle.Lifecycle();

        await fresh.Hub.Courier.DeliverAsync(order, last, Cause.Message("late"), CancellationToken.None);

        Assert.Equal(PaidPixOrder.Where(type => type != "payment.instructions"), fresh.Hub.Store.Received.Select(received => received.Type));
        Assert.Equal(Store.Received.Select(received => received.Id), fresh.Hub.Store.Received.Select(received => received.Id));
    }

    private Task<StoreEventLog> Log() => _life.Hub.StoreEvents.ReadAsync(Lifecycle.Lifecycle.OrderId.Value, CancellationToken.None);

    private async Task WriteLogAsync(Func<StoreEventLog, StoreEventLog> change) =>
        Assert.NotNull(await _life.Hub.StoreEvents.TrySaveAsync(change(await Log()), CancellationToken.None));
}
