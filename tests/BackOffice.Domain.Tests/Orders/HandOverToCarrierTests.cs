using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;
using BackOffice.Domain.Orders.Rules;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Tests.Orders;

public sealed class HandOverToCarrierTests
{
    private static readonly DateTimeOffset Now = OrderStages.Now;
    private static readonly Cause Person = Cause.Person("ana");

    [Fact]
    public void HandOverToCarrier_WhenReadyToShip_RaisesHandedToCarrierAndKeepsTheStatus()
    {
        var order = OrderStages.ReadyToShip();

        order.HandOverToCarrier("batch-1", Person, Now);

        var handed = Assert.IsType<HandedToCarrier>(Assert.Single(order.DomainEvents));
        Assert.Equal(("batch-1", OrderStatus.ReadyToShip), (handed.BatchId, order.Status));
        Assert.Equal((HandedToCarrier.EventName, "batch batch-1"), (order.Timeline[^1].Event, order.Timeline[^1].Detail));
        Assert.True(order.WasHandedOverIn("batch-1"));
    }

    [Fact]
    public void HandOverToCarrier_WhenTheSameBatchWasRecorded_BreaksHandoverMustBeNewRule()
    {
        var order = OrderStages.ReadyToShip();
        order.HandOverToCarrier("batch-1", Person, Now);

        AssertBreaks<HandoverMustBeNewRule>(() => order.HandOverToCarrier("batch-1", Person, Now));
        Assert.False(order.WasHandedOverIn("batch-2"));
    }

    [Fact]
    public void HandOverToCarrier_WhenTheLabelIsNotBought_BreaksLabelMustBeValidToHandOverRule()
    {
        var order = OrderStages.LabelInCart();

        AssertBreaks<LabelMustBeValidToHandOverRule>(() => order.HandOverToCarrier("batch-1", Person, Now));
        Assert.Empty(order.DomainEvents);
    }

    [Fact]
    public void HandOverToCarrier_WhenCancelled_BreaksLabelMustBeValidToHandOverRule()
    {
        var order = OrderStages.ReadyToShip();
        order.Cancel("customer gave up", Person, Now);

        AssertBreaks<LabelMustBeValidToHandOverRule>(() => order.HandOverToCarrier("batch-1", Person, Now));
    }

    [Fact]
    public void RecordLabelCart_WithServiceAndWeight_KeepsThemForTheManifest()
    {
        var order = OrderStages.Invoiced();

        order.RecordLabelCart("lbl_1", Person, Now, "Correios SEDEX", 1200);

        Assert.Equal(("Correios SEDEX", 1200), (order.Shipment!.Service, order.Shipment.WeightGrams));
    }

    private static void AssertBreaks<TRule>(Action transition)
        where TRule : IBusinessRule
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(transition);
        Assert.IsType<TRule>(exception.BrokenRule);
    }
}
