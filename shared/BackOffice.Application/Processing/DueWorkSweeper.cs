using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing.Outcomes;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Processing;

/// <summary>
/// Chases what partners forgot to call back: polls the partner for orders that have waited too long at a step, expires
/// unpaid PIX and boletos, and re-drives unfinished cancellations. Each order is looked at on its own; one failing
/// partner does not stop the sweep of the others.
/// </summary>
public sealed class DueWorkSweeper(
    IOrderRepository repository,
    OrderUpdater updater,
    PartnerFollowUps followUps,
    IMessagePublisher publisher,
    LifecycleSettings settings,
    TimeProvider clock,
    ILogger<DueWorkSweeper> logger)
{
    public const string TimerName = "DueWorkSweep";

    private const int BatchSize = 100;

    // Carriers move slowly: tracking is asked for less often than the other steps.
    private (OrderStatus Status, TimeSpan After)[] Waits =>
    [
        (OrderStatus.RiskReview, settings.PollAfter),
        (OrderStatus.AwaitingPayment, settings.PollAfter),
        (OrderStatus.PaymentApproved, settings.PollAfter),
        (OrderStatus.ReadyToShip, settings.PollAfter * 5),
        (OrderStatus.Shipped, settings.PollAfter * 15),
        (OrderStatus.DeliveryFailed, settings.PollAfter * 15),
        (OrderStatus.Cancelled, settings.PollAfter),
    ];

    public async Task<SweepReport> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var looked = 0;
        var changed = 0;
        var failed = 0;
        foreach (var (status, after) in Waits)
        {
            foreach (var summary in await repository.ListByStatusAsync(status, BatchSize, cancellationToken))
            {
                if (now - summary.UpdatedAt < after || !OrderId.TryParse(summary.OrderId, out var orderId))
                {
                    continue;
                }

                looked++;
                try
                {
                    changed += await FollowUpAsync(orderId!, now, cancellationToken) ? 1 : 0;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Counted and logged: the next sweep tries again, and the other orders still get their turn.
                    failed++;
                    logger.LogWarning(exception, "Due-work follow-up of order {OrderId} failed", orderId);
                }
            }
        }

        var report = new SweepReport(looked, changed, failed);
        logger.LogInformation("Due-work sweep: {Report}", report);
        return report;
    }

    private async Task<bool> FollowUpAsync(OrderId orderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tracked = await repository.FindAsync(orderId, cancellationToken);
        if (tracked is null)
        {
            return false;
        }

        var order = tracked.Order;

        var cause = Cause.Timer(TimerName);
        OrderChange? change = order switch
        {
            { PendingCompensations.Any: true } => null,
            { Status: OrderStatus.RiskReview, Risk.Status: RiskStatus.Analysing } => await followUps.RiskAsync(order, cause, now, cancellationToken),
            { Status: OrderStatus.AwaitingPayment } => await followUps.PaymentAsync(order, cause, now, cancellationToken),
            { Status: OrderStatus.PaymentApproved, Invoice.State: InvoiceState.Requested } => await followUps.FiscalAsync(order, cause, now, cancellationToken),
            { Status: OrderStatus.ReadyToShip or OrderStatus.Shipped or OrderStatus.DeliveryFailed } => await followUps.ShipmentAsync(order, cause, now, cancellationToken),
            _ => _ => false,
        };

        if (change is null)
        {
            await publisher.PublishAsync(
                new OutboxMessage($"{orderId.Value}:{TimerName}:{now.ToUnixTimeSeconds()}", OrderMessageTypes.ContinueOrder, orderId.Value, now),
                cancellationToken);
            return true;
        }

        var applied = false;
        await updater.UpdateAsync(orderId, current => applied = change(current.Order), cancellationToken, justRead: tracked);
        return applied;
    }
}
