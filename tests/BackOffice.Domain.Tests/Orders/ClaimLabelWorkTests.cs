using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Tests.Orders;

public sealed class ClaimLabelWorkTests
{
    private static readonly DateTimeOffset Now = OrderStages.Now;
    private static readonly DateTimeOffset Lease = Now.AddMinutes(3);

    [Fact]
    public void ClaimLabelWork_WhenInvoicedAndUnclaimed_RaisesLabelWorkClaimedAndHoldsTheClaim()
    {
        var order = OrderStages.Invoiced();

        order.ClaimLabelWork("run-a", Lease, OrderStages.Step, Now);

        var claimed = Assert.IsType<LabelWorkClaimed>(Assert.Single(order.DomainEvents));
        Assert.Equal(("run-a", Lease, false, (LabelWorkClaim?)null), (claimed.Claimant, claimed.Until, claimed.Extended, claimed.Lapsed));
        Assert.Equal(new LabelWorkClaim("run-a", Lease), order.LabelClaim);
        Assert.True(order.HoldsLabelClaim("run-a"));
    }

    [Fact]
    public void ClaimLabelWork_WhenAnotherRunsClaimIsLive_BreaksLabelWorkMustNotBeClaimedByAnotherRule()
    {
        var order = Claimed("run-a");

        var broken = Assert.Throws<BusinessRuleValidationException>(() => order.ClaimLabelWork("run-b", Lease, OrderStages.Step, Now.AddMinutes(1)));

        Assert.IsType<LabelWorkMustNotBeClaimedByAnotherRule>(broken.BrokenRule);
        Assert.True(order.IsLabelClaimedByAnother("run-b", Now.AddMinutes(1)));
        Assert.Equal("run-a", order.LabelClaim!.Claimant);
        Assert.Empty(order.DomainEvents);
    }

    [Fact]
    public void ClaimLabelWork_WhenAnotherRunsClaimLapsed_TakesItOverAndTheEventNamesTheLapsedClaim()
    {
        var order = Claimed("run-a");
        var later = Lease.AddSeconds(1);

        order.ClaimLabelWork("run-b", later.AddMinutes(3), OrderStages.Step, later);

        var claimed = Assert.IsType<LabelWorkClaimed>(Assert.Single(order.DomainEvents));
        Assert.Equal(new LabelWorkClaim("run-a", Lease), claimed.Lapsed);
        Assert.Contains("took over from run run-a", order.Timeline[^1].Detail, StringComparison.Ordinal);
        Assert.Equal("run-b", order.LabelClaim!.Claimant);
        Assert.False(order.HoldsLabelClaim("run-a"));
    }

    [Fact]
    public void ClaimLabelWork_WhenTheHolderClaimsAgain_ExtendsItsClaim()
    {
        var order = Claimed("run-a");

        order.ClaimLabelWork("run-a", Lease.AddMinutes(1), OrderStages.Step, Now.AddMinutes(1));

        var claimed = Assert.IsType<LabelWorkClaimed>(Assert.Single(order.DomainEvents));
        Assert.Equal((true, (LabelWorkClaim?)null), (claimed.Extended, claimed.Lapsed));
        Assert.Equal(Lease.AddMinutes(1), order.LabelClaim!.Until);
    }

    [Fact]
    public void ClaimLabelWork_WhenTheLabelIsInTheCart_IsAllowedForItsPurchase()
    {
        var order = OrderStages.LabelInCart();

        order.ClaimLabelWork("run-a", Lease, OrderStages.Step, Now);

        Assert.IsType<LabelWorkClaimed>(Assert.Single(order.DomainEvents));
    }

    [Theory]
    [InlineData("StockReserved")]
    [InlineData("ReadyToShip")]
    public void ClaimLabelWork_WhenTheOrderDoesNotWaitForItsLabel_BreaksLabelWorkMustBeNextRule(string stage)
    {
        var order = stage == "StockReserved" ? OrderStages.StockReserved() : OrderStages.ReadyToShip();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => order.ClaimLabelWork("run-a", Lease, OrderStages.Step, Now));

        Assert.IsType<LabelWorkMustBeNextRule>(broken.BrokenRule);
        Assert.Null(order.LabelClaim);
    }

    [Fact]
    public void RecordLabelCart_WhenTheHolderExtendsItsClaim_KeepsTheLaterClaim()
    {
        var order = Claimed("run-a");

        order.RecordLabelCart("lbl_1", OrderStages.Step, Now, extendedClaim: new LabelWorkClaim("run-a", Lease.AddMinutes(1)));

        Assert.Equal(new LabelWorkClaim("run-a", Lease.AddMinutes(1)), order.LabelClaim);
        Assert.IsType<LabelCartCreated>(Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void RecordLabelCart_WhenAnotherRunTookTheClaimOver_BreaksLabelWorkMustBeClaimedByRule()
    {
        var order = Claimed("run-b");

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            order.RecordLabelCart("lbl_1", OrderStages.Step, Now, extendedClaim: new LabelWorkClaim("run-a", Lease)));

        Assert.IsType<LabelWorkMustBeClaimedByRule>(broken.BrokenRule);
        Assert.Null(order.Shipment);
    }

    [Fact]
    public void PurchaseLabel_WhenTheLabelWorkIsClaimed_ClearsTheClaim()
    {
        var order = OrderStages.LabelInCart();
        order.ClaimLabelWork("run-a", Lease, OrderStages.Step, Now);

        order.PurchaseLabel("lbl_1", "BR123", "documents/label.pdf", OrderStages.Step, Now);

        Assert.Null(order.LabelClaim);
        Assert.Equal(OrderStatus.ReadyToShip, order.Status);
    }

    [Fact]
    public void ReleaseLabelWork_WhenTheHolderReleases_ClearsTheClaimAndRaisesLabelWorkReleased()
    {
        var order = Claimed("run-a");

        order.ReleaseLabelWork("run-a", "the carrier failed", OrderStages.Step, Now);

        var released = Assert.IsType<LabelWorkReleased>(Assert.Single(order.DomainEvents));
        Assert.Equal(("run-a", "the carrier failed"), (released.Claimant, released.Reason));
        Assert.Null(order.LabelClaim);
    }

    [Fact]
    public void ReleaseLabelWork_WhenAnotherRunHoldsTheClaim_BreaksLabelWorkMustBeClaimedByRule()
    {
        var order = Claimed("run-a");

        var broken = Assert.Throws<BusinessRuleValidationException>(() => order.ReleaseLabelWork("run-b", "failed", OrderStages.Step, Now));

        Assert.IsType<LabelWorkMustBeClaimedByRule>(broken.BrokenRule);
        Assert.Equal("run-a", order.LabelClaim!.Claimant);
    }

    [Fact]
    public void Restore_WhenTheLabelWorkIsClaimed_KeepsTheClaimThroughASnapshot()
    {
        var order = Claimed("run-a");

        Assert.Equal(new LabelWorkClaim("run-a", Lease), Order.Restore(order.ToSnapshot()).LabelClaim);
    }

    [Fact]
    public void Restore_WhenTheSnapshotHasNoClaim_HasNoClaim()
    {
        var snapshot = OrderStages.Invoiced().ToSnapshot() with { LabelClaim = null };

        Assert.Null(Order.Restore(snapshot).LabelClaim);
    }

    private static Order Claimed(string claimant)
    {
        var order = OrderStages.Invoiced();
        order.ClaimLabelWork(claimant, Lease, OrderStages.Step, Now);
        order.ClearDomainEvents();
        return order;
    }
}
