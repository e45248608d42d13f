using BackOffice.Application.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Messaging;

/// <summary>Sends the outboxes that a crash or a failed send left behind after their state change was saved.</summary>
public sealed class OutboxSweeper(IOrderRepository repository, OutboxDispatcher dispatcher, TimeProvider clock, ILogger<OutboxSweeper> logger)
{
    // Younger outboxes are most likely being sent right now by the request that wrote them.
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(30);

    private const int BatchSize = 100;

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var stale = await repository.ListWithPendingOutboxAsync(clock.GetUtcNow() - GracePeriod, BatchSize, cancellationToken);
        foreach (var orderId in stale)
        {
            var order = await repository.FindAsync(orderId, cancellationToken);
            if (order is not null)
            {
                await dispatcher.DispatchAsync(order, cancellationToken);
            }
        }

        if (stale.Count > 0)
        {
            logger.LogWarning("Outbox sweep re-sent the pending messages of {Count} orders", stale.Count);
        }

        return stale.Count;
    }
}
