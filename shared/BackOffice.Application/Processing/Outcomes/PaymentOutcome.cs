using BackOffice.Application.Partners.Payments;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Outcomes;

/// <summary>What the gateway's charge means for the order, whichever way it was learnt (capture, callback, poll).</summary>
public static class PaymentOutcome
{
    public static OrderChange Of(GatewayCharge charge, Cause cause, DateTimeOffset now) => order =>
    {
        var changed = Link(order, charge, cause, now);
        if (charge.Status == ChargeStatus.Chargedback && changed && order.CanRequireAttention)
        {
            // Money taken back after the sale: whether to stop, ship or claim it is a person's call. Only when first
            // learnt, so an order a person resumed is not stopped again by the next poll.
            order.RequireAttention($"The gateway reports charge {charge.ChargeId} charged back.", cause, now);
            return true;
        }

        if (!order.AwaitsPayment)
        {
            return changed;
        }

        switch (charge.Status)
        {
            case ChargeStatus.Paid or ChargeStatus.Overpaid:
                order.ApprovePayment(charge.PaidCents, cause, now);
                return true;
            case ChargeStatus.Failed or ChargeStatus.Canceled:
                order.DeclinePayment($"The gateway reports the charge {charge.Status.ToString().ToLowerInvariant()}.", cause, now);
                return true;
            case ChargeStatus.Pending when charge.ExpiresAt <= now:
                order.ExpirePayment(cause, now);
                return true;
            case ChargeStatus.Underpaid:
                order.RequireAttention($"The customer paid {charge.PaidCents} of {charge.AmountCents} cents.", cause, now);
                return true;
            case ChargeStatus.Pending or ChargeStatus.Authorized or ChargeStatus.Processing:
                return changed;
            default:
                order.RequireAttention($"The gateway reports the unpaid charge {charge.ChargeId} as {charge.Status}.", cause, now);
                return true;
        }
    };

    public static ChargeState StateOf(ChargeStatus status) => status switch
    {
        ChargeStatus.Authorized => ChargeState.Authorized,
        ChargeStatus.Pending or ChargeStatus.Processing or ChargeStatus.Underpaid => ChargeState.AwaitingPayment,
        ChargeStatus.Paid or ChargeStatus.Overpaid => ChargeState.Paid,
        ChargeStatus.Failed => ChargeState.Declined,
        ChargeStatus.Canceled => ChargeState.Voided,
        ChargeStatus.Refunded => ChargeState.Refunded,
        ChargeStatus.Chargedback => ChargeState.ChargedBack,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A gateway charge status with no charge state."),
    };

    private static bool Link(Order order, GatewayCharge charge, Cause cause, DateTimeOffset now)
    {
        var info = new ChargeInfo(charge.ChargeId, StateOf(charge.Status), charge.PaidCents, charge.ExpiresAt);
        if (order.Charge == info || order.Status == OrderStatus.PaymentApproved && info.State == ChargeState.Paid)
        {
            return false;
        }

        order.LinkCharge(info, cause, now);
        return true;
    }
}
