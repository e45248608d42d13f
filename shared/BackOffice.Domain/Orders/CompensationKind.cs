namespace BackOffice.Domain.Orders;

public enum CompensationKind
{
    ChargeVoided,
    ChargeRefunded,
    InvoiceCancelled,
    StockReleased,
}
