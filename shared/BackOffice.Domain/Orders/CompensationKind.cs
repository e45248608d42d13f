namespace BackOffice.Domain.Orders;

// The names are the timeline's event names (see CompensationCompleted); never rename one.
public enum CompensationKind
{
    ChargeVoided,
    ChargeRefunded,
    InvoiceCancelled,
    StockReleased,
    LabelCancelled,

    /// <summary>The void found no charge at the gateway after its lookups were retried: nothing was there to void.</summary>
    NoChargeFound,
}
