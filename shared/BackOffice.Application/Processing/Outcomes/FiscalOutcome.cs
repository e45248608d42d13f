using BackOffice.Application.Partners.Fiscal;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Rules;

namespace BackOffice.Application.Processing.Outcomes;

/// <summary>What SEFAZ's answer (through the fiscal API) means for the order's current NF-e attempt.</summary>
public static class FiscalOutcome
{
    /// <param name="documents">Where the XML and DANFE were stored, when the NF-e is authorized.</param>
    public static OrderChange Of(FiscalDocumentStatus status, (string Xml, string Danfe)? documents, Cause cause, DateTimeOffset now) => order =>
    {
        if (!order.AwaitsInvoice || order.Invoice!.Reference != status.Reference)
        {
            return false;
        }

        switch (status.State)
        {
            case FiscalDocumentState.Authorized when documents is { } stored && InvoiceMustBeCompleteRule.IsAccessKey(status.AccessKey):
                order.AuthorizeInvoice(status.AccessKey!, status.Number ?? "", status.Series ?? "", stored.Xml, stored.Danfe, cause, now);
                return true;
            case FiscalDocumentState.Authorized:
                // Recorded as it came, for a person to check at the fiscal API: an NF-e without its key or XML cannot
                // reach the carrier or the storefront, and waiting would never bring them.
                order.RequireAttention(
                    $"The fiscal API reports NF-e {status.Reference} authorized without {(documents is null ? "its XML and DANFE" : $"a valid access key ('{status.AccessKey}')")}.",
                    cause,
                    now);
                return true;
            case FiscalDocumentState.Rejected or FiscalDocumentState.Denied:
                order.RejectInvoice($"{status.SefazStatus} {status.SefazMessage}".Trim(), cause, now);
                return true;
            case FiscalDocumentState.Processing:
                return false;
            default:
                order.RequireAttention($"The fiscal API reports NF-e {status.Reference} {status.State} while SEFAZ was to authorize it.", cause, now);
                return true;
        }
    };
}
