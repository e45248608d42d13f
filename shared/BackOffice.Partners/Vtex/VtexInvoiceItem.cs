namespace BackOffice.Partners.Vtex;

/// <param name="Price">Unit price in cents.</param>
public sealed record VtexInvoiceItem(string Id, long Price, int Quantity);
