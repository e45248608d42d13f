namespace BackOffice.Domain.Orders;

public enum InvoiceState
{
    Requested,
    Authorized,
    Rejected,
    Cancelled,
}
