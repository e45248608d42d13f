using BackOffice.Application.Messaging;
using BackOffice.Application.Partners.Fiscal;
using BackOffice.Application.Processing;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Lifecycle;

/// <summary>Every way an order can get stuck ends in a landing: a retry, the sweep, an explicit state or a person.</summary>
public sealed class DeadEndTests
{
    private readonly Lifecycle _life = new();

    private string ChargeId => $"ch_{Lifecycle.OrderId.Value}";

    [Fact]
    public async Task Sweep_WhenAReceivedOrderLostItsFirstMessage_RedrivesItToTheEnd()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.ReceiveAsync();
        _life.LoseNext(OrderMessageTypes.OrderReceived);
        await _life.PumpAsync();
        Assert.Equal(OrderStatus.Received, (await _life.OrderAsync()).Status);

        _life.Hub.Clock.Advance(LifecycleSettings.Default.PollAfter + TimeSpan.FromSeconds(1));
        var report = await _life.Hub.DueWork.SweepAsync(CancellationToken.None);
        await _life.PumpAsync();

        Assert.Equal(1, report.Looked);
        Assert.Equal(OrderStatus.ReadyToShip, (await _life.OrderAsync()).Status);
    }

    [Fact]
    public async Task Sweep_WhenAnInvoicedOrderLostItsLabelMessage_BuysTheLabelOnce()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.ReceiveAsync();
        _life.LoseNext(OrderMessageTypes.PurchaseLabel);
        await _life.PumpAsync();
        Assert.Equal(OrderStatus.Invoiced, (await _life.OrderAsync()).Status);

        _life.Hub.Clock.Advance(LifecycleSettings.Default.PollAfter + TimeSpan.FromSeconds(1));
        await _life.Hub.DueWork.SweepAsync(CancellationToken.None);
        await _life.PumpAsync(copies: 2);

        Assert.Equal(OrderStatus.ReadyToShip, (await _life.OrderAsync()).Status);
        Assert.Equal((1, 1), (_life.Partners.EffectsOf("carrier.cart"), _life.Partners.EffectsOf("carrier.checkout")));
    }

    [Fact]
    public async Task Sweep_WhenTheRiskAnalysisNeverReachedTheAntiFraudService_SubmitsItAgainAndMovesOn()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.ReceiveAsync();
        _life.LoseNext(OrderMessageTypes.SubmitRiskAnalysis);
        await _life.PumpAsync();
        Assert.Equal((OrderStatus.RiskReview, OrderWork.RiskDecision), ((await _life.OrderAsync()).Status, (await _life.OrderAsync()).NextWork));

        _life.Hub.Clock.Advance(LifecycleSettings.Default.PollAfter + TimeSpan.FromSeconds(1));
        var report = await _life.Hub.DueWork.SweepAsync(CancellationToken.None);
        await _life.PumpAsync(copies: 2);

        Assert.Equal((1, 0), (report.Looked, report.Failed));
        Assert.Equal(OrderStatus.ReadyToShip, (await _life.OrderAsync()).Status);
        Assert.Equal(1, _life.Partners.EffectsOf("risk.submit"));
    }

    [Fact]
    public async Task IssueInvoice_WhenTheAnswerWasLostAndSefazRejectedIt_TheRetryReadsTheRejectionInsteadOfAskingAgain()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        _life.Partners.InvoiceOutcome = FiscalDocumentState.Rejected;
        _life.Partners.FiscalAnswersLost = 1;
        await _life.ReceiveAsync();

        await _life.PumpAsync();

        var order = await _life.OrderAsync();
        Assert.Equal((OrderStatus.NeedsAttention, OrderStatus.PaymentApproved), (order.Status, order.Attention!.ResumeTo));
        Assert.Equal(1, _life.Partners.EffectsOf("fiscal.issue"));
    }

    [Fact]
    public async Task Sweep_WhenFollowedUpWithoutAChange_IsNotDueAgainUntilOneMoreWait()
    {
        await _life.AwaitPixPaymentAsync(_life.Hub.Clock.GetUtcNow().AddHours(1));
        _life.Hub.Clock.Advance(LifecycleSettings.Default.PollAfter + TimeSpan.FromSeconds(1));

        var first = await _life.Hub.DueWork.SweepAsync(CancellationToken.None);
        var again = await _life.Hub.DueWork.SweepAsync(CancellationToken.None);
        _life.Hub.Clock.Advance(LifecycleSettings.Default.PollAfter);
        var later = await _life.Hub.DueWork.SweepAsync(CancellationToken.None);

        Assert.Equal((1, 0, 1), (first.Looked, again.Looked, later.Looked));
        Assert.Equal(OrderStatus.AwaitingPayment, (await _life.OrderAsync()).Status);
    }

    [Fact]
    public async Task Sweep_WhenFollowUpsKeepFindingNothing_BacksOffToEightWaits()
    {
        await _life.AwaitPixPaymentAsync(_life.Hub.Clock.GetUtcNow().AddDays(3));
        _life.Hub.Clock.Advance(TimeSpan.FromSeconds(1));

        // One sweep every wait for 30 waits: due after 1, 1, 2, 4, then every 8 waits.
        var looked = new List<int>();
        for (var wait = 1; wait <= 30; wait++)
        {
            _life.Hub.Clock.Advance(LifecycleSettings.Default.PollAfter);
            looked.Add((await _life.Hub.DueWork.SweepAsync(CancellationToken.None)).Looked);
        }

        Assert.Equal([1, 2, 4, 8, 16, 24], looked.Select((count, index) => (count, wait: index + 1)).Where(sweep => sweep.count == 1).Select(sweep => sweep.wait));
        Assert.Equal(OrderStatus.AwaitingPayment, (await _life.OrderAsync()).Status);
    }

    [Fact]
    public async Task Sweep_WhenThePixExpiresDuringTheBackOff_ExpiresItOnTime()
    {
        var expiresAt = _life.Hub.Clock.GetUtcNow().AddHours(1);
        await _life.AwaitPixPaymentAsync(expiresAt);

        while (_life.Hub.Clock.GetUtcNow() < expiresAt)
        {
            _life.Hub.Clock.Advance(TimeSpan.FromSeconds(30));
            await _life.Hub.DueWork.SweepAsync(CancellationToken.None);
            await _life.PumpAsync();
        }

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(expiresAt, order.Timeline.Single(entry => entry.Event == "PaymentExpired").At);
    }

    [Fact]
    public async Task Sweep_WhenTheOrderMovedOnAfterFruitlessFollowUps_WaitsOneWaitFromTheChange()
    {
        await _life.AwaitPixPaymentAsync(_life.Hub.Clock.GetUtcNow().AddDays(3));
        for (var sweep = 0; sweep < 4; sweep++)
        {
            _life.Hub.Clock.Advance(LifecycleSettings.Default.PollAfter * 8);
            await _life.Hub.DueWork.SweepAsync(CancellationToken.None);
        }

        _life.Partners.Pay(ChargeId);
        _life.LoseNext(OrderMessageTypes.ReserveStock);
        await _life.CallbackAsync("pagarme");
        Assert.Equal(OrderStatus.PaymentApproved, (await _life.OrderAsync()).Status);
        _life.Hub.Clock.Advance(LifecycleSettings.Default.PollAfter + TimeSpan.FromSeconds(1));
        var report = await _life.Hub.DueWork.SweepAsync(CancellationToken.None);

        Assert.Equal(1, report.Looked);
    }

    [Fact]
    public async Task Sweep_WhenHundredsOfOrdersAreOverdue_FollowsUpEveryOne()
    {
        for (var i = 0; i < 250; i++)
        {
            await _life.Hub.PostSignedAsync(Fakes.Hub.OrderJson(id: $"bulk-{i}"), $"delivery-bulk-{i}");
        }

        _life.Hub.Clock.Advance(LifecycleSettings.Default.PollAfter + TimeSpan.FromSeconds(1));
        _life.Hub.Publisher.Sent.Clear();

        var report = await _life.Hub.DueWork.SweepAsync(CancellationToken.None);

        Assert.Equal((250, 0), (report.Looked, report.Failed));
        Assert.Equal(250, _life.Hub.Publisher.Sent.Count(message => message.Type == OrderMessageTypes.ContinueOrder));
    }

    [Fact]
    public async Task PaymentCallback_WhenAPaidChargeIsChargedBack_StopsTheOrderForAPersonInsteadOfCallingItRefunded()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.ReceiveAsync();
        _life.LoseNext(OrderMessageTypes.ReserveStock);
        await _life.PumpAsync();
        _life.Partners.ChargeBack(ChargeId);

        await _life.CallbackAsync("pagarme", copies: 2);

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.NeedsAttention, order.Status);
        Assert.Equal(ChargeState.ChargedBack, order.Charge!.State);
        Assert.Contains("charged back", order.Attention!.Reason, StringComparison.Ordinal);
        Assert.Single(order.Timeline, entry => entry.Event == "AttentionRequired");
    }

    [Fact]
    public async Task Invoice_WhenReportedAuthorizedWithoutAnAccessKey_StopsForAPersonAndNoLabelCarriesAnEmptyKey()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        _life.Partners.AuthorizedWithout = "key";
        await _life.ReceiveAsync();
        await _life.PumpAsync();

        var order = await _life.OrderAsync();
        Assert.Equal((OrderStatus.NeedsAttention, OrderStatus.PaymentApproved), (order.Status, order.Attention!.ResumeTo));
        Assert.Contains("access key", order.Attention.Reason, StringComparison.Ordinal);
        Assert.Equal(InvoiceState.Requested, order.Invoice!.State);
        Assert.Equal(0, _life.Partners.EffectsOf("carrier.cart"));
    }

    [Fact]
    public async Task Invoice_WhenReportedAuthorizedWithoutItsXml_StopsForAPersonInsteadOfWaitingForever()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        _life.Partners.AuthorizedWithout = "xml";
        await _life.ReceiveAsync();
        await _life.PumpAsync();

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.NeedsAttention, order.Status);
        Assert.Contains("XML", order.Attention!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Payment_WhenThePartnersDataBreaksARule_StopsTheOrderWithTheRuleAndParksTheMessage()
    {
        // The gateway says paid, but for less than the order's total: approving it would break a rule.
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.Pix, 5000, _life.Hub.Clock.GetUtcNow().AddHours(1));
        _life.Partners.Pay(ChargeId);

        await _life.ReceiveAsync("pix");
        await Assert.ThrowsAsync<Domain.SeedWork.BusinessRuleValidationException>(() => _life.PumpAsync());

        var order = await _life.OrderAsync();
        Assert.Equal((OrderStatus.NeedsAttention, OrderStatus.AwaitingPayment, OrderMessageTypes.CollectPayment), (order.Status, order.Attention!.ResumeTo, order.Attention.Step));
        Assert.Contains("broke a rule", order.Attention.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_WhenNoChargeIsFoundToVoid_RetriesTheLookupThenRecordsNoChargeFoundNotAVoid()
    {
        await _life.ReceiveAsync();
        await _life.Hub.Actions.CancelAsync(Lifecycle.OrderId, "customer gave up", "ana@ops", CancellationToken.None);

        await _life.PumpAsync();

        var order = await _life.OrderAsync();
        Assert.False(order.PendingCompensations.Any);
        Assert.Contains(order.Timeline, entry => entry.Event == "NoChargeFound");
        Assert.DoesNotContain(order.Timeline, entry => entry.Event == "ChargeVoided");
        Assert.Equal(LifecycleSettings.Default.ScheduledRetries + 1, _life.Partners.ChargeLookups);
    }

    [Fact]
    public async Task Cancel_WhenTheChargeTurnsUpOnARetry_VoidsIt()
    {
        await _life.ReceiveAsync();
        await _life.Hub.Actions.CancelAsync(Lifecycle.OrderId, "customer gave up", "ana@ops", CancellationToken.None);
        var compensate = OrderMessage.From(_life.Hub.Publisher.Sent.Single(message => message.Type == OrderMessageTypes.Compensate));

        var first = await _life.Hub.Messages.HandleAsync(compensate, CancellationToken.None);
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.PumpAsync();

        Assert.Equal(MessageHandlingResult.RetryScheduled, first);
        var order = await _life.OrderAsync();
        Assert.Equal(ChargeState.Voided, order.Charge!.State);
        Assert.Equal(1, _life.Partners.EffectsOf("payment.void"));
    }

    [Fact]
    public async Task Cancel_WhenTheLabelIsBought_CancelsItAtTheCarrierOnce()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.ReceiveAsync();
        await _life.PumpAsync();

        await _life.Hub.Actions.CancelAsync(Lifecycle.OrderId, "customer gave up", "ana@ops", CancellationToken.None);
        await _life.PumpAsync(copies: 2);

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.NotNull(order.Shipment!.CancelledAt);
        Assert.False(order.PendingCompensations.Any);
        Assert.Equal(1, _life.Partners.EffectsOf("carrier.cancel"));
        Assert.Equal(
            ["InvoiceCancelled", "LabelCancelled", "ChargeRefunded", "StockReleased"],
            order.Timeline.Select(entry => entry.Event).Where(name => name is "InvoiceCancelled" or "LabelCancelled" or "ChargeRefunded" or "StockReleased"));
        Assert.Equal(ShipmentState.Cancelled, (await _life.Partners.TrackAsync(order.Shipment.LabelId, CancellationToken.None)).State);
    }
}
