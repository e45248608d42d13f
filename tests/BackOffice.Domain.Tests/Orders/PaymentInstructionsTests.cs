using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Tests.Orders;

public sealed class PaymentInstructionsTests
{
    private static readonly DateTimeOffset Now = OrderStages.Now;
    private static readonly Cause Cause = Cause.Message("collect");
    private static readonly ChargeInstructions Pix = new("00020101021226830014br.gov.bcb.pix", "https://pix.example/qr.png", null, null, null);

    [Fact]
    public void IssuePaymentInstructions_WhenAPixAwaitsPayment_KeepsThemOnTheChargeAndRaisesTheEvent()
    {
        var order = OrderStages.AwaitingPayment(ChargeState.AwaitingPayment);

        order.IssuePaymentInstructions(Pix, Cause, Now);

        var issued = Assert.IsType<PaymentInstructionsIssued>(Assert.Single(order.DomainEvents));
        Assert.Equal((Pix, order.Charge!.ExpiresAt, OrderStatus.AwaitingPayment), (issued.Instructions, issued.ExpiresAt, issued.StatusAfter));
        Assert.Equal(Pix, order.Charge.Instructions);
        Assert.Equal(("PaymentInstructionsIssued", OrderStatus.AwaitingPayment), (order.Timeline[^1].Event, order.Timeline[^1].Status));
    }

    [Fact]
    public void IssuePaymentInstructions_WhenTheSameAreIssuedAgain_BreaksInstructionsMustBeNewRule()
    {
        var order = OrderStages.AwaitingPayment(ChargeState.AwaitingPayment);
        order.IssuePaymentInstructions(Pix, Cause, Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => order.IssuePaymentInstructions(Pix with { }, Cause, Now));

        Assert.IsType<InstructionsMustBeNewRule>(broken.BrokenRule);
    }

    [Fact]
    public void IssuePaymentInstructions_WhenNoChargeIsLinked_BreaksChargeMustBeLinkedRule()
    {
        var order = OrderStages.InRiskReview();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => order.IssuePaymentInstructions(Pix, Cause, Now));

        Assert.IsType<ChargeMustBeLinkedRule>(broken.BrokenRule);
    }
}
