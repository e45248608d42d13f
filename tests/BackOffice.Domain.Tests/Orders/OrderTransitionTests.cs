using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Tests.Orders;

public sealed class OrderTransitionTests
{
    [Fact]
    public void StartRiskAnalysis_WhenReceived_RaisesRiskAnalysisStartedAndMovesToRiskReview()
    {
        var order = ReceivedOrder();
        var cause = Cause.Message("hub-1001:0:OrderReceived");

        order.StartRiskAnalysis(cause, OrderPlacements.Now.AddSeconds(1));

        var started = Assert.IsType<RiskAnalysisStarted>(Assert.Single(order.DomainEvents));
        Assert.Equal(cause, started.Cause);
        Assert.Equal(OrderStatus.RiskReview, order.Status);
        Assert.Equal(["OrderReceived", "RiskAnalysisStarted"], order.Timeline.Select(entry => entry.Event));
        Assert.Equal(OrderPlacements.Now.AddSeconds(1), order.UpdatedAt);
    }

    [Fact]
    public void StartRiskAnalysis_WhenAlreadyInRiskReview_BreaksOrderMustBeInStatusRuleAndRaisesNothing()
    {
        var order = ReceivedOrder();
        order.StartRiskAnalysis(Cause.Message("m1"), OrderPlacements.Now);
        order.ClearDomainEvents();

        var exception = Assert.Throws<BusinessRuleValidationException>(() => order.StartRiskAnalysis(Cause.Message("m2"), OrderPlacements.Now));

        Assert.IsType<OrderMustBeInStatusRule>(exception.BrokenRule);
        Assert.Empty(order.DomainEvents);
        Assert.Equal(2, order.Timeline.Count);
    }

    [Fact]
    public void Restore_WhenGivenASnapshot_KeepsStateAndRaisesNothing()
    {
        var original = ReceivedOrder();

        var restored = Order.Restore(original.ToSnapshot());

        Assert.Empty(restored.DomainEvents);
        Assert.Equal((original.Id, original.Status, original.Amounts, original.UpdatedAt), (restored.Id, restored.Status, restored.Amounts, restored.UpdatedAt));
        Assert.Equal(original.Timeline, restored.Timeline);
        Assert.Equal(original.Lines, restored.Lines);
    }

    [Theory]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.Cancelled)]
    public void IsAllowed_WhenStatusIsFinal_AllowsNoTransition(OrderStatus final)
    {
        Assert.All(Enum.GetValues<OrderStatus>(), next => Assert.False(OrderStatusTransitions.IsAllowed(final, next)));
    }

    [Fact]
    public void From_WhenAskedForEveryStatus_KnowsEveryStatus()
    {
        Assert.All(Enum.GetValues<OrderStatus>(), status => Assert.NotNull(OrderStatusTransitions.From(status)));
    }

    private static Order ReceivedOrder()
    {
        var order = Order.Receive(OrderPlacements.Valid(), Cause.Webhook("d1"), OrderPlacements.Now);
        order.ClearDomainEvents();
        return order;
    }
}
