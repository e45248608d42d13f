namespace BackOffice.Functions.Features.Expedition;

/// <summary>
/// Absolute links to the function app as its caller sees it. The Functions host (and the local host) forwards the
/// request with the caller's host and scheme in X-Forwarded-Host / X-Forwarded-Proto; the handler's own Host is loopback.
/// </summary>
public static class BatchLinks
{
    public static string PdfUrl(HttpRequest request, string batchId)
    {
        var host = request.Headers["X-Forwarded-Host"].FirstOrDefault() is { Length: > 0 } forwarded ? forwarded : request.Host.Value;
        var proto = request.Headers["X-Forwarded-Proto"].FirstOrDefault();
        var scheme = proto is "http" or "https" ? proto : request.Scheme;
        return $"{scheme}://{host}/api/ops/expedition/batches/{batchId}/pdf";
    }
}
