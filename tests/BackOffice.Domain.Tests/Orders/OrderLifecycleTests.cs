using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Tests.Orders;

public sealed class OrderLifecycleTests
{
    private static readonly DateTimeOffset Now = OrderStages.Now;
    private static readonly Cause Cause = Cause.Callback("cb-1");

    [Fact]
    public void ApproveRisk_WhenInRiskReview_RaisesRiskApprovedAndAwaitsPayment()
    {
        var order = OrderStages.InRiskReview();

        order.ApproveRisk("APA", Cause, Now);

        var approved = Assert.IsType<RiskApproved>(Assert.Single(order.DomainEvents));
        Assert.Equal("APA", approved.ProviderCode);
        Assert.Equal((OrderStatus.AwaitingPayment, RiskStatus.Approved), (order.Status, order.Risk.Status));
    }

    [Fact]
    public void RequestRiskReview_WhenAnalysing_RaisesRiskReviewRequestedAndStaysInRiskReview()
    {
        var order = OrderStages.InRiskReview();

        order.RequestRiskReview("AMA", Cause, Now);

        Assert.IsType<RiskReviewRequested>(Assert.Single(order.DomainEvents));
        Assert.Equal((OrderStatus.RiskReview, RiskStatus.UnderReview), (order.Status, order.Risk.Status));
    }

    [Fact]
    public void RequestRiskReview_WhenAlreadyUnderReview_BreaksRiskMustBeAnalysingRule()
    {
        var order = OrderStages.InRiskReview();
        order.RequestRiskReview("AMA", Cause, Now);

        AssertBreaks<RiskMustBeAnalysingRule>(() => order.RequestRiskReview("AMA", Cause, Now));
    }

    [Fact]
    public void ApproveRisk_WhenUnderManualReview_IsAPersonsDecision()
    {
        var order = OrderStages.InRiskReview();
        order.RequestRiskReview("AMA", Cause, Now);

        order.ApproveRisk("APM", Cause.Person("ops@store"), Now);

        Assert.Equal(OrderStatus.AwaitingPayment, order.Status);
    }

    [Fact]
    public void DenyRisk_WhenTheCardWasAuthorized_CancelsAndAsksToVoidTheAuthorization()
    {
        var order = OrderStages.InRiskReview();
        order.LinkCharge(new ChargeInfo("ch_1", ChargeState.Authorized, 0, null), Cause, Now);

        order.DenyRisk("RPM", Cause, Now);

        var denied = Assert.IsType<RiskDenied>(order.DomainEvents[^1]);
        Assert.Equal(new Compensations(VoidCharge: true, RefundCharge: false, CancelInvoice: false, ReleaseStock: false), denied.Compensations);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
    }

    [Fact]
    public void ApproveRisk_WhenNotInRiskReview_BreaksOrderMustBeInStatusRule()
    {
        AssertBreaks<OrderMustBeInStatusRule>(() => OrderStages.AwaitingPayment().ApproveRisk("APA", Cause, Now));
    }

    [Fact]
    public void ApprovePayment_WhenFullyPaid_RaisesPaymentApproved()
    {
        var order = OrderStages.AwaitingPayment();

        order.ApprovePayment(order.Amounts.TotalCents, Cause, Now);

        var approved = Assert.IsType<PaymentApproved>(Assert.Single(order.DomainEvents));
        Assert.Equal(("ch_1", order.Amounts.TotalCents), (approved.ChargeId, approved.PaidCents));
        Assert.Equal((OrderStatus.PaymentApproved, ChargeState.Paid), (order.Status, order.Charge!.State));
    }

    [Fact]
    public void ApprovePayment_WhenUnderpaid_BreaksPaidAmountMustCoverTotalRule()
    {
        var order = OrderStages.AwaitingPayment();

        AssertBreaks<PaidAmountMustCoverTotalRule>(() => order.ApprovePayment(order.Amounts.TotalCents - 1, Cause, Now));
        Assert.Equal(OrderStatus.AwaitingPayment, order.Status);
    }

    [Fact]
    public void ApprovePayment_WhenNoChargeIsLinked_BreaksChargeMustBeLinkedRule()
    {
        var order = OrderStages.InRiskReview();
        order.ApproveRisk("APA", Cause, Now);

        AssertBreaks<ChargeMustBeLinkedRule>(() => order.ApprovePayment(order.Amounts.TotalCents, Cause, Now));
    }

    [Fact]
    public void ApprovePayment_WhenAlreadyApproved_BreaksOrderMustBeInStatusRule()
    {
        var order = OrderStages.PaymentApproved();

        AssertBreaks<OrderMustBeInStatusRule>(() => order.ApprovePayment(order.Amounts.TotalCents, Cause, Now));
    }

    [Fact]
    public void DeclinePayment_WhenCaptureRefused_CancelsWithNothingToRefund()
    {
        var order = OrderStages.AwaitingPayment();

        order.DeclinePayment("capture refused", Cause, Now);

        var declined = Assert.IsType<PaymentDeclined>(Assert.Single(order.DomainEvents));
        Assert.False(declined.Compensations.RefundCharge);
        Assert.Equal((OrderStatus.Cancelled, ChargeState.Declined), (order.Status, order.Charge!.State));
    }

    [Fact]
    public void ExpirePayment_WhenPixIsOverdue_CancelsAndVoidsTheCharge()
    {
        var order = OrderStages.AwaitingPayment(ChargeState.AwaitingPayment);

        order.ExpirePayment(Cause.Timer("DueWork"), Now.AddDays(2));

        var expired = Assert.IsType<PaymentExpired>(Assert.Single(order.DomainEvents));
        Assert.True(expired.Compensations.VoidCharge);
        Assert.Equal((OrderStatus.Cancelled, ChargeState.Expired), (order.Status, order.Charge!.State));
    }

    [Theory]
    [InlineData(ChargeState.AwaitingPayment, 0)]
    [InlineData(ChargeState.Authorized, 5)]
    public void ExpirePayment_WhenNotOverdueOrACard_BreaksPaymentMustBeOverdueToExpireRule(ChargeState state, int daysLater)
    {
        var order = OrderStages.AwaitingPayment(state);

        AssertBreaks<PaymentMustBeOverdueToExpireRule>(() => order.ExpirePayment(Cause, Now.AddDays(daysLater)));
    }

    [Fact]
    public void ReserveStock_WhenPaymentApproved_RaisesStockReservedOnce()
    {
        var order = OrderStages.PaymentApproved();

        order.ReserveStock(Cause, Now);

        Assert.IsType<StockReserved>(Assert.Single(order.DomainEvents));
        AssertBreaks<StockMustNotBeReservedRule>(() => order.ReserveStock(Cause, Now));
    }

    [Fact]
    public void RequestInvoice_WhenStockReserved_StartsAttemptOneWithItsReference()
    {
        var order = OrderStages.StockReserved();

        order.RequestInvoice(Cause, Now);

        var requested = Assert.IsType<InvoiceRequested>(Assert.Single(order.DomainEvents));
        Assert.Equal(("hub-1001-nfe-1", 1), (requested.Reference, requested.Attempt));
        Assert.Equal(OrderStatus.PaymentApproved, order.Status);
    }

    [Fact]
    public void RequestInvoice_WhenOneIsPending_BreaksInvoiceMustNotBePendingRule()
    {
        AssertBreaks<InvoiceMustNotBePendingRule>(() => OrderStages.InvoiceRequested().RequestInvoice(Cause, Now));
    }

    [Fact]
    public void RequestInvoice_WhenStockIsNotReserved_BreaksStockMustBeReservedBeforeInvoicingRule()
    {
        AssertBreaks<StockMustBeReservedBeforeInvoicingRule>(() => OrderStages.PaymentApproved().RequestInvoice(Cause, Now));
    }

    [Fact]
    public void RequestInvoice_WhenTheCustomerHasNoTaxId_BreaksRecipientMustHaveTaxIdRule()
    {
        var placement = OrderPlacements.Valid() with { Customer = new Customer("Maria", "maria@example.com", null, null) };
        var order = OrderStages.Received(placement);
        order.StartRiskAnalysis(Cause, Now);
        order.ApproveRisk("APA", Cause, Now);
        order.LinkCharge(new ChargeInfo("ch_1", ChargeState.Authorized, 0, null), Cause, Now);
        order.ApprovePayment(order.Amounts.TotalCents, Cause, Now);
        order.ReserveStock(Cause, Now);

        AssertBreaks<RecipientMustHaveTaxIdRule>(() => order.RequestInvoice(Cause, Now));
    }

    [Fact]
    public void AuthorizeInvoice_WhenRequested_RaisesInvoiceAuthorizedWithTheDocuments()
    {
        var order = OrderStages.InvoiceRequested();

        order.AuthorizeInvoice("35261100000000000000550010000000011000000011", "42", "1", "x.xml", "d.pdf", Cause, Now);

        var authorized = Assert.IsType<InvoiceAuthorized>(Assert.Single(order.DomainEvents));
        Assert.Equal(("42", "x.xml", "d.pdf"), (authorized.Invoice.Number, authorized.Invoice.XmlLocation, authorized.Invoice.DanfeLocation));
        Assert.Equal(OrderStatus.Invoiced, order.Status);
    }

    [Fact]
    public void RejectInvoice_WhenSefazRefuses_NeedsAttentionKeepingThePayment()
    {
        var order = OrderStages.InvoiceRequested();

        order.RejectInvoice("539 Duplicidade de NF-e", Cause, Now);

        Assert.IsType<InvoiceRejected>(Assert.Single(order.DomainEvents));
        Assert.Equal((OrderStatus.NeedsAttention, ChargeState.Paid), (order.Status, order.Charge!.State));
        Assert.Equal(OrderStatus.PaymentApproved, order.Attention!.ResumeTo);
    }

    [Fact]
    public void Resume_WhenTheRejectionWasFixed_GoesBackAndTheNextAttemptGetsANewReference()
    {
        var order = OrderStages.InvoiceRequested();
        order.RejectInvoice("bad NCM", Cause, Now);

        order.Resume(Cause.Person("ops@store"), Now);
        order.RequestInvoice(Cause, Now);

        Assert.Equal(OrderStatus.PaymentApproved, order.Status);
        Assert.Null(order.Attention);
        Assert.Equal(("hub-1001-nfe-2", 2), (order.Invoice!.Reference, order.Invoice.Attempt));
        Assert.Equal(["OrderResumed", "InvoiceRequested"], order.DomainEvents.OfType<OrderEvent>().Skip(1).Select(e => e.Name));
    }

    [Fact]
    public void Resume_WhenNothingIsWrong_BreaksOrderMustNeedAttentionToResumeRule()
    {
        AssertBreaks<OrderMustNeedAttentionToResumeRule>(() => OrderStages.PaymentApproved().Resume(Cause, Now));
    }

    [Fact]
    public void PurchaseLabelShipDeliver_WhenTheLabelIsInTheCart_WalksTheHappyPathToDelivered()
    {
        var order = OrderStages.LabelInCart();

        order.PurchaseLabel("lbl_1", "BR123", "label.pdf", Cause, Now);
        order.Ship(null, Now.AddHours(2), Cause, Now);
        order.Deliver(Now.AddDays(2), Cause, Now);

        Assert.Equal(["LabelPurchased", "OrderShipped", "OrderDelivered"], order.DomainEvents.OfType<OrderEvent>().Select(e => e.Name));
        Assert.Equal(OrderStatus.Delivered, order.Status);
        Assert.Equal(("BR123", Now.AddDays(2)), (order.Shipment!.TrackingCode, order.Shipment.DeliveredAt));
    }

    [Fact]
    public void RecordLabelCart_WhenInvoiced_KeepsTheLabelIdOnceBeforePaying()
    {
        var order = OrderStages.Invoiced();

        order.RecordLabelCart("lbl_9", Cause, Now);

        Assert.Equal("lbl_9", Assert.IsType<LabelCartCreated>(Assert.Single(order.DomainEvents)).LabelId);
        Assert.Equal(OrderStatus.Invoiced, order.Status);
        AssertBreaks<LabelMustNotBeInCartRule>(() => order.RecordLabelCart("lbl_10", Cause, Now));
    }

    [Fact]
    public void FailDelivery_WhenShipped_RaisesDeliveryFailedAndALateDeliveryStillCounts()
    {
        var order = OrderStages.Shipped();

        order.FailDelivery("recipient absent", Cause, Now);
        order.Deliver(Now.AddDays(3), Cause, Now);

        Assert.IsType<DeliveryFailed>(order.DomainEvents[0]);
        Assert.Equal(OrderStatus.Delivered, order.Status);
    }

    [Fact]
    public void Deliver_WhenAlreadyDelivered_BreaksTheTransitionRule()
    {
        var order = OrderStages.Shipped();
        order.Deliver(Now, Cause, Now);

        AssertBreaks<StatusTransitionMustBeAllowedRule>(() => order.Deliver(Now, Cause, Now));
    }

    [Fact]
    public void Cancel_WhenAwaitingPixPayment_VoidsTheChargeAndReleasesNothingElse()
    {
        var order = OrderStages.AwaitingPayment(ChargeState.AwaitingPayment);

        order.Cancel("customer asked", Cause.Person("ops@store"), Now);

        var cancelled = Assert.IsType<OrderCancelled>(Assert.Single(order.DomainEvents));
        Assert.Equal(new Compensations(true, false, false, false), cancelled.Compensations);
    }

    [Fact]
    public void Cancel_WhenInvoicedWithinTheWindow_CancelsTheNfeRefundsAndReleasesStock()
    {
        var order = OrderStages.Invoiced();

        order.Cancel("customer asked", Cause, Now.AddHours(23));

        var cancelled = Assert.IsType<OrderCancelled>(Assert.Single(order.DomainEvents));
        Assert.Equal(new Compensations(VoidCharge: false, RefundCharge: true, CancelInvoice: true, ReleaseStock: true), cancelled.Compensations);
        Assert.Equal(cancelled.Compensations, order.PendingCompensations);
    }

    [Fact]
    public void Cancel_WhenTheNfeIsOlderThan24Hours_BreaksInvoiceMustBeWithinCancellationWindowRule()
    {
        var order = OrderStages.Invoiced();

        AssertBreaks<InvoiceMustBeWithinCancellationWindowRule>(() => order.Cancel("late", Cause, Now.AddHours(25)));
        Assert.Equal(OrderStatus.Invoiced, order.Status);
    }

    [Fact]
    public void Cancel_WhenShipped_BreaksShippedOrderCannotBeCancelledRule()
    {
        AssertBreaks<ShippedOrderCannotBeCancelledRule>(() => OrderStages.Shipped().Cancel("too late", Cause, Now));
    }

    [Fact]
    public void Cancel_WhenAlreadyCancelled_BreaksTheTransitionRule()
    {
        var order = OrderStages.AwaitingPayment();
        order.Cancel("once", Cause, Now);

        AssertBreaks<StatusTransitionMustBeAllowedRule>(() => order.Cancel("twice", Cause, Now));
    }

    [Fact]
    public void CompleteCompensation_WhenEachStepIsConfirmed_ClearsItOnceAndRecordsIt()
    {
        var order = OrderStages.Invoiced();
        order.Cancel("customer asked", Cause, Now);
        order.ClearDomainEvents();

        order.CompleteCompensation(CompensationKind.InvoiceCancelled, Cause, Now);
        order.CompleteCompensation(CompensationKind.ChargeRefunded, Cause, Now);
        order.CompleteCompensation(CompensationKind.StockReleased, Cause, Now);

        Assert.Equal(["InvoiceCancelled", "ChargeRefunded", "StockReleased"], order.DomainEvents.OfType<OrderEvent>().Select(e => e.Name));
        Assert.False(order.PendingCompensations.Any);
        Assert.Equal((ChargeState.Refunded, InvoiceState.Cancelled, false), (order.Charge!.State, order.Invoice!.State, order.StockReserved));
        AssertBreaks<CompensationMustBePendingRule>(() => order.CompleteCompensation(CompensationKind.ChargeRefunded, Cause, Now));
    }

    [Fact]
    public void RequireAttention_WhenAStepIsStuck_RemembersWhereToResume()
    {
        var order = OrderStages.ReadyToShip();

        order.RequireAttention("label never printed", Cause.Timer("DueWork"), Now);

        Assert.IsType<AttentionRequired>(Assert.Single(order.DomainEvents));
        Assert.Equal(new AttentionInfo("label never printed", OrderStatus.ReadyToShip), order.Attention);
    }

    [Fact]
    public void Restore_WhenTheSnapshotCarriesTheLifecycle_KeepsEveryPart()
    {
        var order = OrderStages.Invoiced();

        var restored = Order.Restore(order.ToSnapshot());

        Assert.Equal((order.Risk, order.Charge, order.StockReserved, order.Invoice), (restored.Risk, restored.Charge, restored.StockReserved, restored.Invoice));
    }

    private static void AssertBreaks<TRule>(Action transition)
        where TRule : IBusinessRule
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(transition);
        Assert.IsType<TRule>(exception.BrokenRule);
    }
}
