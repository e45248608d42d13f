using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing;

/// <summary>
/// When an order is overdue at what it waits for: the one rule the stores (which keep the due time on the order, to
/// query it) and the due-work sweep share. Every status but the final ones and NeedsAttention (a person's queue) has one.
/// </summary>
public sealed class DueWork(LifecycleSettings settings)
{
    /// <param name="checkedAt">When the sweep last followed the order up and found nothing to change.</param>
    /// <returns>Null when the order waits for nothing the sweep can chase.</returns>
    public DateTimeOffset? DueAt(Order order, DateTimeOffset? checkedAt) =>
        WaitAt(order.NextWork) is { } wait ? Latest(order.UpdatedAt, checkedAt) + wait : null;

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

    private static DateTimeOffset Latest(DateTimeOffset updatedAt, DateTimeOffset? checkedAt) =>
        checkedAt is { } checkedTime && checkedTime > updatedAt ? checkedTime : updatedAt;
}
