using BackOffice.Domain.Orders;

namespace BackOffice.Application.Ops.Overview;

/// <summary>The ops page's first screen: how many orders are where, which are stuck, which wait for a person.</summary>
public sealed class OrderOverview(IOrderOverviewReader reader, StuckThresholds thresholds, TimeProvider clock)
{
    public const int ListLimit = 50;

    public async Task<OpsOverview> GetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var counts = new Dictionary<string, long>();
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            counts[status.ToString()] = await reader.CountAsync(status, cancellationToken);
        }

        var stuck = new List<StuckList>();
        foreach (var (status, expected) in thresholds.All.Where(pair => pair.Key != OrderStatus.NeedsAttention))
        {
            if (counts[status.ToString()] > 0)
            {
                var orders = await reader.ListUnchangedSinceAsync(status, now - expected, ListLimit, cancellationToken);
                if (orders.Count > 0)
                {
                    stuck.Add(new StuckList(status.ToString(), expected, orders));
                }
            }
        }

        var attention = counts[nameof(OrderStatus.NeedsAttention)] > 0
            ? await reader.ListUnchangedSinceAsync(OrderStatus.NeedsAttention, now, ListLimit, cancellationToken)
            : [];
        return new OpsOverview(now, counts, stuck, attention);
    }
}
