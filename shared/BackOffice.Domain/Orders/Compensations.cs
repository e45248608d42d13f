namespace BackOffice.Domain.Orders;

/// <summary>What must be undone at the partners when an order is cancelled, decided from what had been done.</summary>
public sealed record Compensations(bool VoidCharge, bool RefundCharge, bool CancelInvoice, bool ReleaseStock)
{
    public static readonly Compensations None = new(false, false, false, false);

    /// <remarks>
    /// With no charge linked yet, the checkout may still have authorized one at the gateway: voiding is then asked for,
    /// and finds nothing to void when there is none.
    /// </remarks>
    public static Compensations For(ChargeInfo? charge, InvoiceInfo? invoice, bool stockReserved) => new(
        VoidCharge: charge is null || charge.State is ChargeState.Authorized or ChargeState.AwaitingPayment,
        RefundCharge: charge?.State is ChargeState.Paid,
        CancelInvoice: invoice?.State is InvoiceState.Authorized,
        ReleaseStock: stockReserved);

    public bool Any => VoidCharge || RefundCharge || CancelInvoice || ReleaseStock;
}
