using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing;

/// <summary>
/// When an order is overdue at what it waits for: the one rule the stores (which keep the due time on the order, to
/// query it) and the due-work sweep share. Every status but the final ones and NeedsAttention (a person's queue) has one.
/// Follow-ups that change nothing back off: under a peak's backlog a step's message is still queued, and a partner that
/// is down stays down for a while, so asking as often as at first would only add to the backlog and to its rate limits.
/// </summary>
public sealed class DueWork(LifecycleSettings settings)
{
    // The wait doubles from the second fruitless follow-up in a row, up to eight times the first wait.
    private const int MaxBackOffDoublings = 3;

    /// <param name="checkedAt">When the sweep last followed the order up and found nothing to change.</param>
    /// <param name="followUps">How many follow-ups in a row found nothing to change (<see cref="Orders.TrackedOrder.FollowUps"/>).</param>
    /// <returns>Null when the order waits for nothing the sweep can chase.</returns>
    public DateTimeOffset? DueAt(Order order, DateTimeOffset? checkedAt, int followUps)
    {
        if (WaitAt(order.NextWork) is not { } wait)
        {
            return null;
        }

        var checkedSinceChange = checkedAt is { } checkedTime && checkedTime > order.UpdatedAt;
        var since = checkedSinceChange ? checkedAt!.Value : order.UpdatedAt;
        var due = since + wait * BackOff(checkedSinceChange ? followUps : 0);
        // An unpaid PIX or boleto is expired when it stops being payable, however long the back-off has grown.
        return order.NextWork == OrderWork.Payment && order.Charge?.ExpiresAt is { } expiresAt && expiresAt < due
            ? Max(since + wait, expiresAt)
            : due;
    }

    private static int BackOff(int followUps) => 1 << Math.Clamp(followUps - 1, 0, MaxBackOffDoublings);

    private static DateTimeOffset Max(DateTimeOffset first, DateTimeOffset second) => first > second ? first : second;

    private TimeSpan? WaitAt(OrderWork work) => work switch
    {
        OrderWork.None or OrderWork.Person => null,
        // Our own steps and the partners' automatic answers: overdue after one poll interval.
        OrderWork.StartRiskAnalysis or OrderWork.RiskDecision or OrderWork.Payment or OrderWork.ReserveStock or OrderWork.RequestInvoice
            or OrderWork.InvoiceAuthorization or OrderWork.AddLabelToCart or OrderWork.PurchaseLabel or OrderWork.Compensation => settings.PollAfter,
        // People and carriers move slowly: asked less often.
        OrderWork.ManualRiskReview or OrderWork.Pickup => settings.PollAfter * 5,
        OrderWork.Delivery => settings.PollAfter * 15,
        _ => throw new ArgumentOutOfRangeException(nameof(work), work, "No due rule for this kind of work."),
    };
}
