using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Application.Processing.Outcomes;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Processing;

/// <summary>
/// Chases every order that is overdue at what it waits for (see <see cref="DueWork"/>): polls the partner whose answer
/// is late, re-drives a step of ours that did not run, expires unpaid PIX and boletos, and re-drives unfinished
/// cancellations. The store answers which orders are due, most overdue first, page after page until none is left. Each
/// order is looked at on its own; one failing partner does not stop the sweep of the others.
/// </summary>
public sealed class DueWorkSweeper(
    IOrderRepository repository,
    OrderUpdater updater,
    PartnerFollowUps followUps,
    IMessagePublisher publisher,
    TimeProvider clock,
    ILogger<DueWorkSweeper> logger)
{
    public const string TimerName = "DueWorkSweep";

    private const int PageSize = 100;

    public async Task<SweepReport> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var looked = 0;
        var changed = 0;
        var failed = 0;
        string? continuation = null;
        do
        {
            var page = await repository.ListDueAsync(now, PageSize, continuation, cancellationToken);
            continuation = page.ContinuationToken;
            foreach (var orderId in page.Items)
            {
                looked++;
                try
                {
                    changed += await FollowUpAsync(orderId, now, cancellationToken) ? 1 : 0;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Counted and logged: the order stays due, the next sweep tries again, and the others still get their turn.
                    failed++;
                    logger.LogWarning(exception, "Due-work follow-up of order {OrderId} failed", orderId);
                }
            }
        }
        while (continuation is not null);

        var report = new SweepReport(looked, changed, failed);
        logger.LogInformation("Due-work sweep: {Report}", report);
        return report;
    }

    /// <returns>True when the order changed or one of our steps was re-driven.</returns>
    private async Task<bool> FollowUpAsync(OrderId orderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tracked = await repository.FindAsync(orderId, cancellationToken);
        if (tracked is null)
        {
            return false;
        }

        var order = tracked.Order;
        if (order.NextWork is OrderWork.None or OrderWork.Person)
        {
            // Its due time was written before it moved on: the save below is not needed either.
            return false;
        }

        var cause = Cause.Timer(TimerName);
        OrderChange? poll = order.NextWork switch
        {
            OrderWork.RiskDecision or OrderWork.ManualRiskReview => await followUps.RiskOrResubmitAsync(order, cause, now, cancellationToken),
            OrderWork.Payment => await followUps.PaymentAsync(order, cause, now, cancellationToken),
            OrderWork.InvoiceAuthorization => await followUps.FiscalAsync(order, cause, now, cancellationToken),
            OrderWork.Pickup or OrderWork.Delivery => await followUps.ShipmentAsync(order, cause, now, cancellationToken),
            // Our own step did not run (its message was lost or is parked): ContinueOrder runs it from the order's state.
            // So for a risk analysis or an NF-e the partner never received (the poll answers null): ContinueOrder sends it again.
            _ => null,
        };

        if (poll is null)
        {
            await publisher.PublishAsync(
                new OutboxMessage($"{orderId.Value}:{TimerName}:{now.ToUnixTimeSeconds()}", OrderMessageTypes.ContinueOrder, orderId.Value, now),
                cancellationToken);
        }

        var applied = false;
        // Nothing changed is still a follow-up: noted, so the order is due again one (backed-off) wait from now, not at every sweep.
        await updater.UpdateAsync(orderId, current =>
        {
            applied = poll?.Invoke(current.Order) ?? false;
            current.NoteFollowUp(now, applied);
            return true;
        }, cancellationToken, justRead: tracked);
        return applied || poll is null;
    }
}
