using BackOffice.Application.Partners.Fiscal;
using BackOffice.Application.Partners.Risk;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Lifecycle;

public sealed class LifecycleTests
{
    private readonly Lifecycle _life = new();

    [Theory]
    [InlineData(1, false)]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public async Task Pump_WhenACardOrderGoesThrough_EndsReadyToShipWithOneEffectOfEachKind(int copies, bool reverse)
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.ReceiveAsync();

        await _life.PumpAsync(copies, reverse);

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Equal(
            ["OrderReceived", "RiskAnalysisStarted", "RiskApproved", "ChargeLinked", "PaymentApproved", "StockReserved", "InvoiceRequested", "InvoiceAuthorized", "LabelWorkClaimed", "CarrierServiceChosen", "LabelCartCreated", "LabelPurchased"],
            order.Timeline.Select(entry => entry.Event));
        AssertEffects(("risk.submit", 1), ("payment.capture", 1), ("stock.reserve", 1), ("fiscal.issue", 1), ("carrier.cart", 1), ("carrier.checkout", 1));
        Assert.Equal(2, _life.Partners.Documents.Count(document => document.Key.Contains("nfe-") || document.Key.Contains("danfe-")));
        Assert.NotNull(order.Shipment!.LabelLocation);
    }

    [Fact]
    public async Task IssueInvoice_WhenTheCustomerHasNoTaxId_NeedsAttentionBeforeAnyNfeIsAsked()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.Hub.PostSignedAsync(Fakes.Hub.OrderJson().Replace(", \"document\": \"529.982.247-25\"", "").Replace("\"method\": \"pix\"", "\"method\": \"credit_card\""));

        await _life.PumpAsync();

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.NeedsAttention, order.Status);
        Assert.Contains("CPF or CNPJ", order.Attention!.Reason);
        Assert.Equal("AttentionRequired", order.Timeline[^1].Event);
        Assert.Equal(0, _life.Partners.EffectsOf("fiscal.issue"));
        Assert.Equal(1, _life.Partners.EffectsOf("payment.capture"));
    }

    [Fact]
    public async Task OrderReceived_WhenTheOrderWasCancelledBeforeItsFirstMessage_StartsNothing()
    {
        await _life.ReceiveAsync("credit_card");
        await _life.Hub.Actions.CancelAsync(Lifecycle.OrderId, "storefront cancelled at once", "ana@ops", CancellationToken.None);

        await _life.PumpAsync(copies: 2);

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.DoesNotContain("RiskAnalysisStarted", order.Timeline.Select(entry => entry.Event));
        Assert.Equal(0, _life.Partners.EffectsOf("risk.submit"));
    }

    [Fact]
    public async Task CarrierCallbacks_WhenPostedThenDeliveredTwiceAndLate_DeliverOnce()
    {
        await ReadyToShipAsync();
        var labelId = (await _life.OrderAsync()).Shipment!.LabelId;

        _life.Partners.Advance(labelId, ShipmentState.Posted);
        await _life.CallbackAsync("melhorenvio");
        _life.Partners.Advance(labelId, ShipmentState.Delivered);
        await _life.CallbackAsync("melhorenvio", copies: 1);
        await _life.CallbackAsync("melhorenvio");

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.Delivered, order.Status);
        var delivered = Assert.Single(order.Timeline, entry => entry.Event == "OrderDelivered");
        Assert.Equal((1, 0), (_life.Partners.EffectsOf("stock.consume"), _life.Partners.EffectsOf("stock.release")));
        Assert.Equal(CauseKind.Callback, delivered.Cause.Kind);
        Assert.StartsWith("melhorenvio:", delivered.Cause.Reference);
    }

    [Fact]
    public async Task CarrierCallback_WhenDeliveredArrivesBeforePosted_ShipsThenDelivers()
    {
        await ReadyToShipAsync();
        _life.Partners.Advance((await _life.OrderAsync()).Shipment!.LabelId, ShipmentState.Delivered);

        await _life.CallbackAsync("melhorenvio");

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.Delivered, order.Status);
        Assert.Equal(["OrderShipped", "OrderDelivered"], order.Timeline.Select(entry => entry.Event).Where(name => name.StartsWith("Order", StringComparison.Ordinal) && name != "OrderReceived"));
    }

    [Fact]
    public async Task CarrierCallback_WhenUndeliverable_EndsDeliveryFailed()
    {
        await ReadyToShipAsync();
        var labelId = (await _life.OrderAsync()).Shipment!.LabelId;
        _life.Partners.Advance(labelId, ShipmentState.Posted);
        await _life.CallbackAsync("melhorenvio");

        _life.Partners.Advance(labelId, ShipmentState.Undelivered);
        await _life.CallbackAsync("melhorenvio");

        Assert.Equal(OrderStatus.DeliveryFailed, (await _life.OrderAsync()).Status);
    }

    [Fact]
    public async Task Pix_WhenPaidAfterTheOrderWaits_ContinuesOnTheGatewayCallbackOnly()
    {
        await _life.AwaitPixPaymentAsync(_life.Hub.Clock.GetUtcNow().AddHours(1));
        Assert.Equal(OrderStatus.AwaitingPayment, (await _life.OrderAsync()).Status);

        _life.Partners.Pay($"ch_{Lifecycle.OrderId.Value}");
        await _life.CallbackAsync("pagarme", copies: 2);

        Assert.Equal(OrderStatus.ReadyToShip, (await _life.OrderAsync()).Status);
        AssertEffects(("payment.capture", 0), ("fiscal.issue", 1), ("carrier.checkout", 1));
    }

    [Fact]
    public async Task Pix_WhenNeverPaid_ExpiresOnTheSweepAndVoidsTheCharge()
    {
        await _life.AwaitPixPaymentAsync(_life.Hub.Clock.GetUtcNow().AddHours(1));

        _life.Hub.Clock.Advance(TimeSpan.FromHours(2));
        await _life.Hub.DueWork.SweepAsync(CancellationToken.None);
        await _life.PumpAsync();

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Contains(order.Timeline, entry => entry.Event == "PaymentExpired");
        Assert.False(order.PendingCompensations.Any);
        AssertEffects(("payment.void", 1), ("payment.capture", 0), ("fiscal.issue", 0));
    }

    [Fact]
    public async Task HubCreatedCharge_WhenTheStoreAsksTheHubToCharge_CreatesOneCharge()
    {
        await _life.ReceiveAsync("boleto", chargeCreatedBy: "hub");

        await _life.PumpAsync(copies: 2);

        var order = await _life.OrderAsync();
        Assert.Equal((OrderStatus.AwaitingPayment, ChargeState.AwaitingPayment), (order.Status, order.Charge!.State));
        AssertEffects(("payment.create", 1));
        Assert.Equal(0, _life.Partners.ChargeLookups);
    }

    [Fact]
    public async Task Risk_WhenDenied_CancelsWithoutChargingAndVoidsTheAuthorization()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        _life.Partners.Decision = RiskDecision.Deny;
        await _life.ReceiveAsync();

        await _life.PumpAsync(copies: 2);

        Assert.Equal(OrderStatus.Cancelled, (await _life.OrderAsync()).Status);
        AssertEffects(("payment.capture", 0), ("payment.void", 1), ("fiscal.issue", 0), ("carrier.cart", 0));
    }

    [Fact]
    public async Task Risk_WhenTheProviderAnswersAnUnknownCode_WaitsForAPersonWithTheRawCode()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        _life.Partners.Decision = RiskDecision.Unrecognized;
        await _life.ReceiveAsync();
        await _life.PumpAsync();

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.NeedsAttention, order.Status);
        Assert.Contains("'XYZ'", order.Attention!.Reason);
        AssertEffects(("payment.capture", 0), ("fiscal.issue", 0));
    }

    [Fact]
    public async Task Risk_WhenReviewThenApprovedByAPerson_Continues()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        _life.Partners.Decision = RiskDecision.Review;
        await _life.ReceiveAsync();
        await _life.PumpAsync();
        Assert.Equal((OrderStatus.RiskReview, RiskStatus.UnderReview), ((await _life.OrderAsync()).Status, (await _life.OrderAsync()).Risk.Status));

        var result = await _life.Hub.Actions.DecideRiskAsync(Lifecycle.OrderId, approve: true, "ana@ops", CancellationToken.None);
        await _life.PumpAsync();

        Assert.Null(result.Refusal);
        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Contains(order.Timeline, entry => entry.Cause == Cause.Person("ana@ops"));
    }

    [Fact]
    public async Task Risk_WhenTheProviderDecidesLaterByCallback_ContinuesOnce()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        _life.Partners.Decision = RiskDecision.Wait;
        await _life.ReceiveAsync();
        await _life.PumpAsync();

        _life.Partners.Decision = RiskDecision.Approve;
        await _life.CallbackAsync("clearsale", copies: 3);

        Assert.Equal(OrderStatus.ReadyToShip, (await _life.OrderAsync()).Status);
        AssertEffects(("payment.capture", 1));
    }

    [Fact]
    public async Task Payment_WhenCaptureIsRefused_CancelsAndIssuesNothing()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        _life.Partners.CaptureRefused = true;
        await _life.ReceiveAsync();

        await _life.PumpAsync(copies: 2);

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Contains(order.Timeline, entry => entry.Event == "PaymentDeclined");
        AssertEffects(("payment.capture", 1), ("fiscal.issue", 0), ("stock.reserve", 0));
    }

    [Fact]
    public async Task Invoice_WhenSefazRejects_NeedsAttentionAndAfterAFixTheRetryIssuesOneMore()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        _life.Partners.InvoiceOutcome = FiscalDocumentState.Rejected;
        await _life.ReceiveAsync();
        await _life.PumpAsync(copies: 2);
        var stuck = await _life.OrderAsync();
        Assert.Equal((OrderStatus.NeedsAttention, ChargeState.Paid), (stuck.Status, stuck.Charge!.State));

        _life.Partners.InvoiceOutcome = FiscalDocumentState.Authorized;
        await _life.Hub.Actions.RetryAsync(Lifecycle.OrderId, "ana@ops", CancellationToken.None);
        await _life.PumpAsync(copies: 2);

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Equal("hub-1001-nfe-2", order.Invoice!.Reference);
        AssertEffects(("fiscal.issue", 2), ("payment.refund", 0), ("payment.capture", 1));
    }

    [Fact]
    public async Task Invoice_WhenAuthorizedLaterByCallback_AppliesOnceWithTheDocuments()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        _life.Partners.InvoiceOutcome = FiscalDocumentState.Processing;
        await _life.ReceiveAsync();
        await _life.PumpAsync();
        Assert.Equal(InvoiceState.Requested, (await _life.OrderAsync()).Invoice!.State);

        _life.Partners.Decide("hub-1001-nfe-1", FiscalDocumentState.Authorized);
        await _life.CallbackAsync("focusnfe", copies: 2);

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
        Assert.Single(order.Timeline, entry => entry.Event == "InvoiceAuthorized");
    }

    [Fact]
    public async Task Stock_WhenShort_NeedsAttentionBeforeAnyNfe()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        _life.Partners.ShortSkus.Add("SKU-1");
        await _life.ReceiveAsync();

        await _life.PumpAsync();

        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.NeedsAttention, order.Status);
        Assert.Contains("SKU-1", order.Attention!.Reason);
        AssertEffects(("fiscal.issue", 0));
    }

    [Fact]
    public async Task Cancel_WhenInvoiced_CancelsTheNfeRefundsAndReleasesStockOnce()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.ReceiveAsync();
        await _life.PumpAsync();

        var result = await _life.Hub.Actions.CancelAsync(Lifecycle.OrderId, "customer gave up", "ana@ops", CancellationToken.None);
        await _life.PumpAsync(copies: 2);
        await _life.Hub.DueWork.SweepAsync(CancellationToken.None);
        await _life.PumpAsync();

        Assert.Null(result.Refusal);
        var order = await _life.OrderAsync();
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.False(order.PendingCompensations.Any);
        AssertEffects(("fiscal.cancel", 1), ("payment.refund", 1), ("stock.release", 1));
    }

    [Fact]
    public async Task Cancel_WhenShipped_IsRefusedWithTheRule()
    {
        await ReadyToShipAsync();
        _life.Partners.Advance((await _life.OrderAsync()).Shipment!.LabelId, ShipmentState.Posted);
        await _life.CallbackAsync("melhorenvio");

        var result = await _life.Hub.Actions.CancelAsync(Lifecycle.OrderId, "too late", "ana@ops", CancellationToken.None);

        Assert.Contains("return", result.Refusal);
        Assert.Equal(OrderStatus.Shipped, (await _life.OrderAsync()).Status);
    }

    [Fact]
    public async Task Retry_WhenNothingIsStuck_RunsNoEffectTwice()
    {
        await ReadyToShipAsync();

        await _life.Hub.Actions.RetryAsync(Lifecycle.OrderId, "ana@ops", CancellationToken.None);
        await _life.PumpAsync(copies: 2);

        AssertEffects(("payment.capture", 1), ("fiscal.issue", 1), ("carrier.cart", 1), ("carrier.checkout", 1));
    }

    private async Task ReadyToShipAsync()
    {
        _life.Partners.CheckoutCreated(Lifecycle.OrderId.Value, PaymentMethod.CreditCard, 10980);
        await _life.ReceiveAsync();
        await _life.PumpAsync();
        Assert.Equal(OrderStatus.ReadyToShip, (await _life.OrderAsync()).Status);
    }

    private void AssertEffects(params (string Kind, int Count)[] expected) =>
        Assert.Equal(expected, expected.Select(effect => (effect.Kind, _life.Partners.EffectsOf(effect.Kind))));
}
