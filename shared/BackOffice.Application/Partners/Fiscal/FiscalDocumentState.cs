namespace BackOffice.Application.Partners.Fiscal;

public enum FiscalDocumentState
{
    Processing,
    Authorized,

    /// <summary>SEFAZ rejected it; it may be corrected and sent again under the same reference.</summary>
    Rejected,

    /// <summary>Final: SEFAZ denied the use of this NF-e.</summary>
    Denied,
    Cancelled,
}
