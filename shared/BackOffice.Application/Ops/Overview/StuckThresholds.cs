using BackOffice.Domain.Orders;

namespace BackOffice.Application.Ops.Overview;

/// <summary>
/// How long an order is expected to stay in each waiting status before ops should look at it; longer means stuck.
/// Final statuses have none. Defaults follow the partners' usual times; <c>Ops__StuckAfter__&lt;Status&gt;</c> changes one.
/// </summary>
public sealed class StuckThresholds(IReadOnlyDictionary<OrderStatus, TimeSpan> thresholds)
{
    public static readonly IReadOnlyDictionary<OrderStatus, TimeSpan> Defaults = new Dictionary<OrderStatus, TimeSpan>
    {
        [OrderStatus.Received] = TimeSpan.FromMinutes(5),
        [OrderStatus.RiskReview] = TimeSpan.FromHours(4),
        [OrderStatus.AwaitingPayment] = TimeSpan.FromDays(3),
        [OrderStatus.PaymentApproved] = TimeSpan.FromHours(1),
        [OrderStatus.Invoiced] = TimeSpan.FromHours(2),
        [OrderStatus.ReadyToShip] = TimeSpan.FromDays(2),
        [OrderStatus.Shipped] = TimeSpan.FromDays(15),
        [OrderStatus.NeedsAttention] = TimeSpan.Zero,
    };

    public IReadOnlyDictionary<OrderStatus, TimeSpan> All => thresholds;

    public static StuckThresholds With(IReadOnlyDictionary<OrderStatus, TimeSpan> overrides) =>
        new(Defaults.Concat(overrides).GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.Last().Value));
}
