using BackOffice.Application.StoreEvents;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.StoreEvents;

public sealed class StoreEventTypesTests
{
    private static readonly Cause Cause = Cause.Timer("test");
    private static readonly DateTimeOffset At = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimelineEntry[] Timeline =
    [
        new(At, "OrderReceived", OrderStatus.Received, Cause),
        new(At, "RiskAnalysisStarted", OrderStatus.RiskReview, Cause),
        new(At, "RiskReviewRequested", OrderStatus.RiskReview, Cause),
        new(At, "RiskApproved", OrderStatus.AwaitingPayment, Cause),
        new(At, "ChargeLinked", OrderStatus.AwaitingPayment, Cause),
        new(At, "PaymentInstructionsIssued", OrderStatus.AwaitingPayment, Cause),
        new(At, "PaymentApproved", OrderStatus.PaymentApproved, Cause),
        new(At, "StockReserved", OrderStatus.PaymentApproved, Cause),
        new(At, "InvoiceRejected", OrderStatus.NeedsAttention, Cause),
        new(At, "OrderResumed", OrderStatus.PaymentApproved, Cause),
        new(At, "LabelPurchased", OrderStatus.ReadyToShip, Cause),
    ];

    [Fact]
    public void TypeAt_ForEachEntry_TellsEveryChangeOfStatusAndThePaymentInstructionsOnly()
    {
        var types = Enumerable.Range(0, Timeline.Length).Select(position => StoreEventTypes.TypeAt(Timeline, position));

        Assert.Equal(
            ["order.received", "order.risk_review", null, "order.awaiting_payment", null, "payment.instructions", "order.payment_approved", null,
                "order.needs_attention", "order.payment_approved", "order.ready_to_ship"],
            types);
    }

    [Fact]
    public void TypeAt_WhenThePositionIsOutsideTheTimeline_IsNull()
    {
        Assert.Null(StoreEventTypes.TypeAt(Timeline, Timeline.Length));
        Assert.Null(StoreEventTypes.TypeAt(Timeline, -1));
    }
}
