using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Tests.Cosmos;

/// <summary>The sweeps' and the ops list's queries past one page, against the Cosmos DB emulator.</summary>
public sealed class CosmosOrderQueriesTests(DueOrdersFixture fixture) : IClassFixture<DueOrdersFixture>
{
    private static readonly DateTimeOffset Now = DueOrdersFixture.Now;

    [Fact]
    public async Task ListDueAsync_WhenThousandsOfOrdersAreInEveryStatus_FindsEveryOverdueOneMostOverdueFirst()
    {
        var expected = fixture.Orders
            .Where(order => fixture.DueWork.DueAt(order, null, 0) <= Now)
            .Select(order => order.Id.Value)
            .ToHashSet();

        var found = new List<string>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await fixture.Repository.ListDueAsync(Now, 100, continuation, CancellationToken.None);
            found.AddRange(page.Items.Select(id => id.Value));
            continuation = page.ContinuationToken;
            pages++;
        }
        while (continuation is not null);

        Assert.True(fixture.Orders.Count >= 2000);
        Assert.True(expected.Count > 1000, $"only {expected.Count} overdue orders");
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.True(pages > 10);
        var dueTimes = found.Select(id => fixture.DueWork.DueAt(fixture.Orders.Single(order => order.Id.Value == id), null, 0)!.Value).ToList();
        Assert.Equal(dueTimes.Order(), dueTimes);
    }

    [Fact]
    public async Task ListDueAsync_WhenEachOrderIsCheckedWhilePaging_StillReachesEveryOverdueOrder()
    {
        await using var scratch = await ScratchRepository.CreateAsync();
        var orders = fixture.Orders.Where(order => fixture.DueWork.DueAt(order, null, 0) <= Now).Take(250).ToList();
        await Parallel.ForEachAsync(orders, async (order, cancellationToken) =>
            await scratch.Repository.TryCreateAsync(new TrackedOrder(Order.Restore(order.ToSnapshot()), null, [], []), cancellationToken));

        var seen = new HashSet<string>();
        string? continuation = null;
        do
        {
            var page = await scratch.Repository.ListDueAsync(Now, 40, continuation, CancellationToken.None);
            foreach (var orderId in page.Items)
            {
                // What the sweep does with each: its due time moves past now while the query is still being paged.
                var tracked = (await scratch.Repository.FindAsync(orderId, CancellationToken.None))!;
                tracked.CheckedAt = Now;
                await scratch.Repository.SaveAsync(tracked, CancellationToken.None);
                Assert.True(seen.Add(orderId.Value), $"{orderId} came back");
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        Assert.Equal(orders.Select(order => order.Id.Value).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Empty((await scratch.Repository.ListDueAsync(Now, 40, null, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task ListDueAsync_WhenNothingIsOverdueYet_FindsNothing()
    {
        var page = await fixture.Repository.ListDueAsync(Now.AddHours(-4), 100, null, CancellationToken.None);

        Assert.Empty(page.Items);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task ListByStatusAsync_WhenPagedThroughMoreThanOnePage_GivesEveryOrderNewestFirst()
    {
        var expected = fixture.Orders.Where(order => order.Status == OrderStatus.NeedsAttention).OrderByDescending(order => order.ReceivedAt).ToList();

        var found = new List<DateTimeOffset>();
        var ids = new HashSet<string>();
        string? continuation = null;
        do
        {
            var page = await fixture.Repository.ListByStatusAsync(OrderStatus.NeedsAttention, 30, continuation, CancellationToken.None);
            found.AddRange(page.Items.Select(summary => summary.ReceivedAt));
            ids.UnionWith(page.Items.Select(summary => summary.OrderId));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        Assert.Equal(expected.Select(order => order.ReceivedAt), found);
        Assert.Equal(expected.Count, ids.Count);
    }

    [Fact]
    public async Task ListWithPendingCompensationsAsync_WhenSomeCancellationsAreUnfinished_FindsExactlyThose()
    {
        var expected = fixture.Orders.Where(order => order.PendingCompensations.Any).Select(order => order.Id.Value).ToHashSet();

        var found = new HashSet<string>();
        string? continuation = null;
        do
        {
            var page = await fixture.Repository.ListWithPendingCompensationsAsync(40, continuation, CancellationToken.None);
            found.UnionWith(page.Items.Select(id => id.Value));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        Assert.Equal(DueOrdersFixture.OrdersPerShape, expected.Count);
        Assert.Equal(expected, found);
    }
}
