using BackOffice.Application.Intake;
using BackOffice.Channels.Shopify;
using BackOffice.Channels.Tests.Support;

namespace BackOffice.Channels.Tests.Shopify;

public sealed class ShopifyCancellationMapperTests
{
    [Fact]
    public void Map_WhenOrderIsCancelled_ReturnsOrderIdUtcTimeAndReason()
    {
        var errors = new ValidationErrors();

        var cancellation = ShopifyCancellationMapper.Map(ShopifySamples.Parse(ShopifySamples.Cancelled), errors);

        ErrorsAssert.None(errors);
        Assert.Equal("shopify-820982911946154508", cancellation!.OrderId.Value);
        Assert.Equal("820982911946154508", cancellation.ExternalId);
        Assert.Equal(new DateTimeOffset(2022, 1, 2, 14, 30, 0, TimeSpan.Zero), cancellation.CancelledAt);
        Assert.Equal(TimeSpan.Zero, cancellation.CancelledAt.Offset);
        Assert.Equal("customer", cancellation.Reason);
    }

    [Fact]
    public void Map_WhenReasonIsMissing_UsesOther()
    {
        var errors = new ValidationErrors();
        var json = Samples.Edit(ShopifySamples.Cancelled, order => order["cancel_reason"] = null);

        Assert.Equal("other", ShopifyCancellationMapper.Map(ShopifySamples.Parse(json), errors)!.Reason);
    }

    [Fact]
    public void Map_WhenOrderIsNotCancelled_ReportsCancelledAt()
    {
        var errors = new ValidationErrors();

        Assert.Null(ShopifyCancellationMapper.Map(ShopifySamples.Parse(ShopifySamples.Documented), errors));
        ErrorsAssert.HasPaths(errors, "cancelled_at");
    }

    [Fact]
    public void Map_WhenIdIsMissing_ReportsId()
    {
        var errors = new ValidationErrors();
        var json = Samples.Edit(ShopifySamples.Cancelled, order => order.Remove("id"));

        Assert.Null(ShopifyCancellationMapper.Map(ShopifySamples.Parse(json), errors));
        ErrorsAssert.HasPaths(errors, "id");
    }
}
