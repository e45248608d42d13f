namespace BackOffice.Application.Partners.Fiscal;

/// <summary>Issues the NF-e through a fiscal API that talks to SEFAZ. The reference is ours and is the idempotency key.</summary>
public interface IFiscalDocumentIssuer
{
    /// <summary>Asks for authorization; SEFAZ answers later (callback or <see cref="GetAsync"/>).</summary>
    Task<FiscalDocumentStatus> IssueAsync(FiscalDocumentRequest request, CancellationToken cancellationToken);

    Task<FiscalDocumentStatus> GetAsync(string reference, CancellationToken cancellationToken);

    /// <returns>Null when the fiscal API has no NF-e under the reference: the request never reached it.</returns>
    Task<FiscalDocumentStatus?> FindAsync(string reference, CancellationToken cancellationToken);

    /// <param name="justification">15 to 255 characters, as SEFAZ requires.</param>
    Task<FiscalDocumentStatus> CancelAsync(string reference, string justification, CancellationToken cancellationToken);

    /// <summary>Downloads a document the status points to (the XML or the DANFE PDF).</summary>
    Task<byte[]> DownloadAsync(string path, CancellationToken cancellationToken);
}
