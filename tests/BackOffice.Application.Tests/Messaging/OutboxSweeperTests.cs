using BackOffice.Application.Messaging;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Tests.Messaging;

public sealed class OutboxSweeperTests
{
    private readonly Hub _hub = new();

    [Fact]
    public async Task SweepAsync_WhenAnOutboxWasLeftBehind_SendsItOnceAfterTheGracePeriod()
    {
        await _hub.IntakeWithFailingSendsAsync(Hub.OrderJson());

        var tooEarly = await _hub.Sweeper.SweepAsync(CancellationToken.None);
        _hub.Clock.Advance(OutboxSweeper.GracePeriod + TimeSpan.FromSeconds(1));
        var swept = await _hub.Sweeper.SweepAsync(CancellationToken.None);
        var again = await _hub.Sweeper.SweepAsync(CancellationToken.None);

        Assert.Equal((0, 1, 0), (tooEarly, swept, again));
        Assert.Equal(OrderMessageTypes.OrderReceived, Assert.Single(_hub.Publisher.Steps).Type);
        Assert.Empty((await _hub.Orders.FindAsync(OrderId.For(SalesChannel.Hub, "1001"), CancellationToken.None))!.Outbox);
    }

    [Fact]
    public async Task SweepAsync_WhenTheSenderRetriesFirst_TheRetrySendsTheLeftoverOutbox()
    {
        await _hub.IntakeWithFailingSendsAsync(Hub.OrderJson());

        await _hub.PostSignedAsync(Hub.OrderJson());

        Assert.Single(_hub.Publisher.Steps);
        Assert.Equal(0, await _hub.Sweeper.SweepAsync(CancellationToken.None));
    }
}
