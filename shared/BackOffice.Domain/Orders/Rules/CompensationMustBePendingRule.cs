using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

public sealed class CompensationMustBePendingRule(Compensations pending, CompensationKind kind) : IBusinessRule
{
    public bool IsBroken() => !(kind switch
    {
        CompensationKind.ChargeVoided => pending.VoidCharge,
        CompensationKind.ChargeRefunded => pending.RefundCharge,
        CompensationKind.InvoiceCancelled => pending.CancelInvoice,
        _ => pending.ReleaseStock,
    });

    public string Message => $"No {kind} is pending for this order.";
}
