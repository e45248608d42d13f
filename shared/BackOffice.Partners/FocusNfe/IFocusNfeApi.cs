using Refit;

namespace BackOffice.Partners.FocusNfe;

/// <summary>Focus NFe API v2. HTTP Basic with the token as user; the ref is ours and is the idempotency key.</summary>
public interface IFocusNfeApi
{
    /// <summary>The underlying client, for downloading the files the status points to (same auth and resilience).</summary>
    HttpClient Client { get; }

    /// <summary>Asynchronous: 202 with status processando_autorizacao.</summary>
    [Post("/v2/nfe")]
    Task<FocusNfeDocument> IssueAsync([AliasAs("ref")] string reference, [Body] FocusNfePayload payload, CancellationToken cancellationToken);

    [Get("/v2/nfe/{reference}")]
    Task<FocusNfeDocument> GetAsync(string reference, CancellationToken cancellationToken);

    [Delete("/v2/nfe/{reference}")]
    Task<FocusNfeDocument> CancelAsync(string reference, [Body] FocusNfeCancellation cancellation, CancellationToken cancellationToken);
}
