namespace BackOffice.Domain.Orders;

/// <summary>What must be undone at the partners when an order is cancelled, decided from what had been done.</summary>
public sealed record Compensations(bool VoidCharge, bool RefundCharge, bool CancelInvoice, bool ReleaseStock)
{
    public static readonly Compensations None = new(false, false, false, false);

    public static Compensations For(ChargeInfo? charge, InvoiceInfo? invoice, bool stockReserved) => new(
        VoidCharge: charge?.State is ChargeState.Authorized or ChargeState.AwaitingPayment,
        RefundCharge: charge?.State is ChargeState.Paid,
        CancelInvoice: invoice?.State is InvoiceState.Authorized,
        ReleaseStock: stockReserved);

    public bool Any => VoidCharge || RefundCharge || CancelInvoice || ReleaseStock;
}
