using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Tests.Orders;

/// <summary>The status rules that live in the order: who may move it, from where, with what data.</summary>
public sealed class OrderGuardTests
{
    private static readonly DateTimeOffset Now = OrderStages.Now;
    private static readonly Cause Cause = Cause.Callback("cb-1");
    private const string AccessKey = "35261100000000000000550010000000011000000011";

    [Fact]
    public void StartRiskAnalysis_WhenNeedsAttention_BreaksOrderMustBeInStatusRuleAndKeepsTheAttention()
    {
        var order = Stopped(OrderStages.Received());

        AssertBreaks<OrderMustBeInStatusRule>(order, () => order.StartRiskAnalysis(Cause, Now));
    }

    [Fact]
    public void ApprovePayment_WhenNeedsAttention_BreaksOrderMustBeInStatusRuleAndKeepsTheAttention()
    {
        var order = Stopped(OrderStages.AwaitingPayment());

        AssertBreaks<OrderMustBeInStatusRule>(order, () => order.ApprovePayment(order.Amounts.TotalCents, Cause, Now));
    }

    [Fact]
    public void AuthorizeInvoice_WhenNeedsAttention_BreaksOrderMustBeInStatusRuleAndKeepsTheAttention()
    {
        var order = Stopped(OrderStages.InvoiceRequested());

        AssertBreaks<OrderMustBeInStatusRule>(order, () => order.AuthorizeInvoice(AccessKey, "1", "1", "nfe.xml", "danfe.pdf", Cause, Now));
    }

    [Fact]
    public void PurchaseLabel_WhenNeedsAttention_BreaksOrderMustBeInStatusRuleAndKeepsTheAttention()
    {
        var order = Stopped(OrderStages.LabelInCart());

        AssertBreaks<OrderMustBeInStatusRule>(order, () => order.PurchaseLabel("lbl_1", "BR1", null, Cause, Now));
    }

    [Fact]
    public void DeclinePayment_WhenNeedsAttention_BreaksOrderMustBeResumedToLeaveAttentionRule()
    {
        var order = Stopped(OrderStages.AwaitingPayment());

        AssertBreaks<OrderMustBeResumedToLeaveAttentionRule>(order, () => order.DeclinePayment("late decline", Cause, Now));
    }

    [Fact]
    public void Cancel_WhenNeedsAttention_CancelsAndClearsTheAttention()
    {
        var order = Stopped(OrderStages.AwaitingPayment());

        order.Cancel("ops decided", Cause.Person("ops"), Now);

        Assert.IsType<OrderCancelled>(Assert.Single(order.DomainEvents));
        Assert.Equal((OrderStatus.Cancelled, (AttentionInfo?)null), (order.Status, order.Attention));
    }

    [Fact]
    public void Resume_WhenStoppedInReceived_GoesBackToReceived()
    {
        var order = Stopped(OrderStages.Received());

        order.Resume(Cause.Person("ops"), Now);

        Assert.Equal(OrderStatus.Received, Assert.IsType<OrderResumed>(Assert.Single(order.DomainEvents)).ResumedTo);
        Assert.True(order.AwaitsRiskAnalysisStart);
    }

    [Fact]
    public void PurchaseLabel_WhenNoLabelIsInTheCart_BreaksLabelMustBeInCartRule()
    {
        var order = OrderStages.Invoiced();

        AssertBreaks<LabelMustBeInCartRule>(order, () => order.PurchaseLabel("lbl_1", "BR1", null, Cause, Now));
    }

    [Fact]
    public void PurchaseLabel_WhenTheLabelIsNotTheOneInTheCart_BreaksLabelMustBeInCartRule()
    {
        var order = OrderStages.LabelInCart();

        AssertBreaks<LabelMustBeInCartRule>(order, () => order.PurchaseLabel("lbl_other", "BR1", null, Cause, Now));
    }

    [Fact]
    public void PurchaseLabel_WhenTheCartLabelIsBought_RecordsWhenItWasPaid()
    {
        var order = OrderStages.LabelInCart();

        order.PurchaseLabel("lbl_1", "BR1", "label.pdf", Cause, Now);

        var purchased = Assert.IsType<LabelPurchased>(Assert.Single(order.DomainEvents));
        Assert.Equal(("lbl_1", "BR1", (DateTimeOffset?)Now), (purchased.Shipment.LabelId, purchased.Shipment.TrackingCode, purchased.Shipment.PurchasedAt));
    }

    [Fact]
    public void Ship_WhenNoLabelWasEverRecorded_BreaksLabelMustBePurchasedRuleInsteadOfMakingOneUp()
    {
        var order = Order.Restore(OrderStages.ReadyToShip().ToSnapshot() with { Shipment = null });

        AssertBreaks<LabelMustBePurchasedRule>(order, () => order.Ship("BR1", Now, Cause, Now));
    }

    [Fact]
    public void RequestInvoice_WhenTheAddressIsIncomplete_BreaksRecipientAddressMustBeCompleteRule()
    {
        var placement = OrderPlacements.Valid() with { ShippingAddress = null };
        var order = Order.Restore(OrderStages.StockReserved().ToSnapshot() with { ShippingAddress = placement.ShippingAddress });

        AssertBreaks<RecipientAddressMustBeCompleteRule>(order, () => order.RequestInvoice(Cause, Now));
        Assert.IsType<RecipientAddressMustBeCompleteRule>(order.BrokenInvoiceRecipientRule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3526110000000000000055001000000001100000001")]
    [InlineData("3526110000000000000055001000000001100000001X")]
    public void AuthorizeInvoice_WhenTheAccessKeyIsNot44Digits_BreaksInvoiceMustBeCompleteRule(string accessKey)
    {
        var order = OrderStages.InvoiceRequested();

        AssertBreaks<InvoiceMustBeCompleteRule>(order, () => order.AuthorizeInvoice(accessKey, "1", "1", "nfe.xml", "danfe.pdf", Cause, Now));
    }

    [Fact]
    public void AuthorizeInvoice_WhenTheXmlWasNotStored_BreaksInvoiceMustBeCompleteRule()
    {
        var order = OrderStages.InvoiceRequested();

        AssertBreaks<InvoiceMustBeCompleteRule>(order, () => order.AuthorizeInvoice(AccessKey, "1", "1", "", "danfe.pdf", Cause, Now));
    }

    [Fact]
    public void Cancel_WhenTheLabelIsBought_AsksToCancelTheLabel()
    {
        var order = OrderStages.ReadyToShip();

        order.Cancel("customer asked", Cause.Person("ops"), Now);

        var cancelled = Assert.IsType<OrderCancelled>(Assert.Single(order.DomainEvents));
        Assert.True(cancelled.Compensations.CancelLabel);
        Assert.Equal(CompensationKind.InvoiceCancelled, order.PendingCompensations.Next);
    }

    [Fact]
    public void CompleteCompensation_WhenTheLabelIsCancelled_RecordsLabelCancelledOnTheShipment()
    {
        var order = OrderStages.ReadyToShip();
        order.Cancel("customer asked", Cause.Person("ops"), Now);
        order.ClearDomainEvents();

        order.CompleteCompensation(CompensationKind.LabelCancelled, Cause, Now);

        Assert.Equal("LabelCancelled", Assert.IsType<CompensationCompleted>(Assert.Single(order.DomainEvents)).Name);
        Assert.Equal(Now, order.Shipment!.CancelledAt);
        Assert.False(order.PendingCompensations.CancelLabel);
    }

    [Fact]
    public void Cancel_WhenTheHubCreatesTheChargeAndRiskWasNeverApproved_AsksForNoVoid()
    {
        var order = Order.Receive(
            OrderPlacements.Valid() with { Payment = new Payment(PaymentMethod.Pix, 10980, ChargeCreatedByCheckout: false, Installments: 1) },
            Cause.Webhook("d1"),
            Now);

        order.Cancel("customer asked", Cause.Person("ops"), Now);

        Assert.False(order.PendingCompensations.Any);
    }

    [Fact]
    public void CompleteCompensation_WhenNoChargeWasFound_RecordsNoChargeFoundAndNoVoidedCharge()
    {
        var order = OrderStages.Received();
        order.Cancel("customer asked", Cause.Person("ops"), Now);
        order.ClearDomainEvents();

        order.CompleteCompensation(CompensationKind.NoChargeFound, Cause, Now);

        Assert.Equal("NoChargeFound", Assert.IsType<CompensationCompleted>(Assert.Single(order.DomainEvents)).Name);
        Assert.Null(order.Charge);
        Assert.False(order.PendingCompensations.Any);
    }

    [Fact]
    public void CompleteCompensation_WhenVoidingAChargeNeverSeen_BreaksChargeMustBeLinkedRule()
    {
        var order = OrderStages.Received();
        order.Cancel("customer asked", Cause.Person("ops"), Now);
        order.ClearDomainEvents();

        AssertBreaks<ChargeMustBeLinkedRule>(order, () => order.CompleteCompensation(CompensationKind.ChargeVoided, Cause, Now));
        Assert.True(order.PendingCompensations.VoidCharge);
    }

    [Fact]
    public void Next_WhenEverythingIsToUndo_RunsTheNfeFirstThenTheLabelTheChargeAndTheStock()
    {
        var pending = new Compensations(VoidCharge: false, RefundCharge: true, CancelInvoice: true, ReleaseStock: true, CancelLabel: true);

        var order = new List<CompensationKind>();
        for (var left = pending; left.Next is { } kind; left = left.Without(kind))
        {
            order.Add(kind);
        }

        Assert.Equal([CompensationKind.InvoiceCancelled, CompensationKind.LabelCancelled, CompensationKind.ChargeRefunded, CompensationKind.StockReleased], order);
    }

    public static TheoryData<string, OrderWork> Stages => new()
    {
        { nameof(OrderStages.Received), OrderWork.StartRiskAnalysis },
        { nameof(OrderStages.InRiskReview), OrderWork.RiskDecision },
        { nameof(OrderStages.AwaitingPayment), OrderWork.Payment },
        { nameof(OrderStages.PaymentApproved), OrderWork.ReserveStock },
        { nameof(OrderStages.StockReserved), OrderWork.RequestInvoice },
        { nameof(OrderStages.InvoiceRequested), OrderWork.InvoiceAuthorization },
        { nameof(OrderStages.Invoiced), OrderWork.AddLabelToCart },
        { nameof(OrderStages.LabelInCart), OrderWork.PurchaseLabel },
        { nameof(OrderStages.ReadyToShip), OrderWork.Pickup },
        { nameof(OrderStages.Shipped), OrderWork.Delivery },
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public void NextWork_WhenAtEachStage_SaysWhatTheOrderWaitsFor(string stage, OrderWork expected)
    {
        var order = stage switch
        {
            nameof(OrderStages.Received) => OrderStages.Received(),
            nameof(OrderStages.InRiskReview) => OrderStages.InRiskReview(),
            nameof(OrderStages.AwaitingPayment) => OrderStages.AwaitingPayment(),
            nameof(OrderStages.PaymentApproved) => OrderStages.PaymentApproved(),
            nameof(OrderStages.StockReserved) => OrderStages.StockReserved(),
            nameof(OrderStages.InvoiceRequested) => OrderStages.InvoiceRequested(),
            nameof(OrderStages.Invoiced) => OrderStages.Invoiced(),
            nameof(OrderStages.LabelInCart) => OrderStages.LabelInCart(),
            nameof(OrderStages.ReadyToShip) => OrderStages.ReadyToShip(),
            _ => OrderStages.Shipped(),
        };

        Assert.Equal(expected, order.NextWork);
    }

    [Fact]
    public void NextWork_WhenStoppedOrCancelledWithUndoStepsLeft_SaysAPersonOrTheCompensation()
    {
        var stopped = Stopped(OrderStages.Invoiced());
        var cancelled = OrderStages.StockReserved();
        cancelled.Cancel("customer asked", Cause.Person("ops"), Now);

        Assert.Equal((OrderWork.Person, OrderWork.Compensation), (stopped.NextWork, cancelled.NextWork));
    }

    private static Order Stopped(Order order)
    {
        order.RequireAttention("a person must look", Cause.Timer("t"), Now);
        order.ClearDomainEvents();
        return order;
    }

    private static void AssertBreaks<TRule>(Order order, Action transition)
        where TRule : IBusinessRule
    {
        var status = order.Status;
        var attention = order.Attention;
        var exception = Assert.Throws<BusinessRuleValidationException>(transition);
        Assert.IsType<TRule>(exception.BrokenRule);
        Assert.Empty(order.DomainEvents);
        Assert.Equal((status, attention), (order.Status, order.Attention));
    }
}
