namespace BackOffice.Domain.Orders;

/// <summary>
/// What must be undone at the partners when an order is cancelled, decided from what had been done. Every question
/// about a kind (is it pending, what is left once it is done, in which order they run) is answered here.
/// </summary>
public sealed record Compensations(bool VoidCharge, bool RefundCharge, bool CancelInvoice, bool ReleaseStock, bool CancelLabel = false)
{
    public static readonly Compensations None = new(false, false, false, false);

    /// <summary>
    /// The order they run in: the NF-e first (SEFAZ's cancellation window is the tightest), then the paid label (money at
    /// the carrier), then the charge, then the stock.
    /// </summary>
    public static readonly IReadOnlyList<CompensationKind> Sequence =
    [
        CompensationKind.InvoiceCancelled, CompensationKind.LabelCancelled, CompensationKind.ChargeRefunded,
        CompensationKind.ChargeVoided, CompensationKind.StockReleased,
    ];

    /// <param name="chargeMayExist">
    /// With no charge linked, whether one may still exist at the gateway: the checkout created it, or the hub may have
    /// created it after risk approval. A void is asked for only then.
    /// </param>
    public static Compensations For(ChargeInfo? charge, bool chargeMayExist, InvoiceInfo? invoice, bool stockReserved, ShipmentInfo? shipment) => new(
        VoidCharge: charge is null ? chargeMayExist : charge.State is ChargeState.Authorized or ChargeState.AwaitingPayment,
        RefundCharge: charge?.State is ChargeState.Paid,
        CancelInvoice: invoice?.State is InvoiceState.Authorized,
        ReleaseStock: stockReserved,
        CancelLabel: shipment is { PurchasedAt: not null, CancelledAt: null });

    public bool Any => Sequence.Any(IsPending);

    /// <summary>The next undo step to run, or null when all are done.</summary>
    public CompensationKind? Next => Sequence.Where(IsPending).Select(kind => (CompensationKind?)kind).FirstOrDefault();

    public bool IsPending(CompensationKind kind) => kind switch
    {
        CompensationKind.ChargeVoided or CompensationKind.NoChargeFound => VoidCharge,
        CompensationKind.ChargeRefunded => RefundCharge,
        CompensationKind.InvoiceCancelled => CancelInvoice,
        CompensationKind.StockReleased => ReleaseStock,
        CompensationKind.LabelCancelled => CancelLabel,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown compensation kind."),
    };

    public Compensations Without(CompensationKind kind) => kind switch
    {
        CompensationKind.ChargeVoided or CompensationKind.NoChargeFound => this with { VoidCharge = false },
        CompensationKind.ChargeRefunded => this with { RefundCharge = false },
        CompensationKind.InvoiceCancelled => this with { CancelInvoice = false },
        CompensationKind.StockReleased => this with { ReleaseStock = false },
        CompensationKind.LabelCancelled => this with { CancelLabel = false },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown compensation kind."),
    };
}
