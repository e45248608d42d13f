using System.Net;
using BackOffice.Application.Partners.Fiscal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace BackOffice.Partners.FocusNfe;

/// <summary>The NF-e issuer on Focus NFe. Logs references and statuses only: the payload carries the recipient's data.</summary>
public sealed class FocusNfeFiscalDocumentIssuer(
    IFocusNfeApi api,
    IOptions<FiscalSettings> fiscal,
    IOptions<FocusNfeOptions> options,
    ILogger<FocusNfeFiscalDocumentIssuer> logger) : IFiscalDocumentIssuer
{
    public async Task<FiscalDocumentStatus> IssueAsync(FiscalDocumentRequest request, CancellationToken cancellationToken)
    {
        var payload = FocusNfePayloadBuilder.Build(request, fiscal.Value);
        try
        {
            var document = await api.IssueAsync(request.Reference, payload, cancellationToken);
            var status = FocusNfeStates.ToStatus(request.Reference, document);
            logger.LogInformation("Focus NFe took NF-e {Reference}: {State}", request.Reference, status.State);
            return status;
        }
        catch (ApiException error) when ((int)error.StatusCode is >= 400 and < 500 && FocusNfeErrors.IsDuplicate(FocusNfeErrors.Parse(error.Content)))
        {
            logger.LogInformation("Focus NFe already has NF-e {Reference}; reading its state", request.Reference);
            return await GetAsync(request.Reference, cancellationToken);
        }
        catch (ApiException error)
        {
            throw Failure(request.Reference, error);
        }
    }

    public async Task<FiscalDocumentStatus> GetAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            var status = FocusNfeStates.ToStatus(reference, await api.GetAsync(reference, cancellationToken));
            logger.LogInformation("Focus NFe NF-e {Reference} is {State} ({SefazStatus})", reference, status.State, status.SefazStatus);
            return status;
        }
        catch (ApiException error)
        {
            throw Failure(reference, error);
        }
    }

    public async Task<FiscalDocumentStatus?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            return await GetAsync(reference, cancellationToken);
        }
        catch (FocusNfeException error) when (error.Status == HttpStatusCode.NotFound)
        {
            // Focus NFe answers 404 "nao_encontrado" for a reference it never received.
            logger.LogInformation("Focus NFe has no NF-e {Reference}", reference);
            return null;
        }
    }

    public async Task<FiscalDocumentStatus> CancelAsync(string reference, string justification, CancellationToken cancellationToken)
    {
        if (justification.Trim().Length is < 15 or > 255)
        {
            throw new ArgumentException("SEFAZ needs a justification of 15 to 255 characters.", nameof(justification));
        }

        FocusNfeDocument answer;
        try
        {
            answer = await api.CancelAsync(reference, new FocusNfeCancellation(justification.Trim()), cancellationToken);
        }
        catch (ApiException error)
        {
            throw Failure(reference, error);
        }

        if (answer.Status is "erro_cancelamento")
        {
            throw new FocusNfeException(HttpStatusCode.OK, reference, new FocusNfeError(answer.StatusSefaz, answer.MensagemSefaz, null), null);
        }

        logger.LogInformation("Focus NFe cancelled NF-e {Reference}", reference);
        // The cancel answer lacks the key and numbers: read the whole state back.
        return await GetAsync(reference, cancellationToken);
    }

    public async Task<byte[]> DownloadAsync(string path, CancellationToken cancellationToken)
    {
        var uri = Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute
            : new Uri(options.Value.BaseUri, path.TrimStart('/'));
        using var response = await api.Client.GetAsync(uri, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new FocusNfeException(response.StatusCode, path, FocusNfeErrors.Parse(body), body);
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private static FocusNfeException Failure(string reference, ApiException error)
        => new(error.StatusCode, reference, FocusNfeErrors.Parse(error.Content), error.Content);
}
