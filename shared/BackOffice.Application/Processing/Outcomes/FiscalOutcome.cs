using BackOffice.Application.Partners.Fiscal;
using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Outcomes;

/// <summary>What SEFAZ's answer (through the fiscal API) means for the order's current NF-e attempt.</summary>
public static class FiscalOutcome
{
    /// <param name="documents">Where the XML and DANFE were stored, when the NF-e is authorized.</param>
    public static OrderChange Of(FiscalDocumentStatus status, (string Xml, string Danfe)? documents, Cause cause, DateTimeOffset now) => order =>
    {
        if (order.Invoice is not { State: InvoiceState.Requested } invoice || invoice.Reference != status.Reference)
        {
            return false;
        }

        switch (status.State)
        {
            case FiscalDocumentState.Authorized when documents is { } stored:
                order.AuthorizeInvoice(status.AccessKey ?? "", status.Number ?? "", status.Series ?? "", stored.Xml, stored.Danfe, cause, now);
                return true;
            case FiscalDocumentState.Rejected or FiscalDocumentState.Denied:
                order.RejectInvoice($"{status.SefazStatus} {status.SefazMessage}".Trim(), cause, now);
                return true;
            default:
                return false;
        }
    };
}
