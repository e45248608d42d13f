using BackOffice.Application.Partners.Storefronts;
using BackOffice.Domain.Orders;
using Moq;

namespace BackOffice.Application.Tests.Storefronts;

public sealed class VtexFeedDrainTests
{
    private static readonly DateTimeOffset LastChange = new(2026, 11, 23, 14, 58, 11, TimeSpan.Zero);

    private readonly StorefrontHub _hub = new();

    [Fact]
    public async Task DrainAsync_WhenTheFeedHasANewOrder_TakesItInAndCommitsItsHandle()
    {
        _hub.ServeVtexOrder();
        Feed(new StorefrontFeedEvent("hdl_1", "1468292613054-01", "ready-for-handling", LastChange));

        var report = await _hub.Feed.DrainAsync(CancellationToken.None);

        Assert.Equal((1, 1, 0), (report.Read, report.Committed, report.Failed));
        Assert.Equal(OrderStatus.Received, (await _hub.OrderAsync(StorefrontHub.VtexOrderId)).Order.Status);
        _hub.Oms.Verify(oms => oms.CommitFeedAsync(new[] { "hdl_1" }, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task DrainAsync_WhenTheHookAlreadyBroughtTheOrder_CommitsWithoutReadingItAgain()
    {
        _hub.ServeVtexOrder();
        await _hub.PostVtexAndReadAsync(StorefrontHub.VtexHook(lastChange: "2026-11-23T14:58:11Z"));
        Feed(new StorefrontFeedEvent("hdl_1", "1468292613054-01", "ready-for-handling", LastChange));

        var report = await _hub.Feed.DrainAsync(CancellationToken.None);

        Assert.Equal(1, report.Committed);
        _hub.Oms.Verify(oms => oms.GetOrderAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task DrainAsync_WhenAnOrderCannotBeReadNow_LeavesItInTheFeedAndCommitsTheOthers()
    {
        _hub.ServeVtexOrder();
        _hub.Oms.Setup(oms => oms.GetOrderAsync("9999999999999-01", It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("VTEX timeout"));
        Feed(
            new StorefrontFeedEvent("hdl_bad", "9999999999999-01", "ready-for-handling", LastChange),
            new StorefrontFeedEvent("hdl_ok", "1468292613054-01", "ready-for-handling", LastChange));

        var report = await _hub.Feed.DrainAsync(CancellationToken.None);

        Assert.Equal((2, 1, 1), (report.Read, report.Committed, report.Failed));
        _hub.Oms.Verify(oms => oms.CommitFeedAsync(new[] { "hdl_ok" }, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task DrainAsync_WhenTheFeedIsEmpty_CommitsNothing()
    {
        Feed();

        var report = await _hub.Feed.DrainAsync(CancellationToken.None);

        Assert.Equal((0, 0, 0), (report.Read, report.Committed, report.Failed));
        _hub.Oms.Verify(oms => oms.CommitFeedAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    private void Feed(params StorefrontFeedEvent[] events) =>
        _hub.Oms.SetupSequence(oms => oms.ReadFeedAsync(It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(events)
            .ReturnsAsync([]);
}
