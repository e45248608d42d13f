using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace BackOffice.Functions.Features.Webhooks;

/// <summary>Reads a webhook's raw body for signature checks, refusing what is empty, too large or not JSON before anything else.</summary>
public static class WebhookBody
{
    public const int MaxBytes = 1024 * 1024;

    /// <param name="emptyIsVerified">
    /// For a storefront: whether the sender's signature or secret holds for an empty body. Then the empty body is what the
    /// storefront sent, and it goes on to be parked (a verified Shopify or VTEX delivery is always answered 2xx);
    /// otherwise an empty body is answered 411.
    /// </param>
    public static async Task<(ReadOnlyMemory<byte> Body, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, CancellationToken cancellationToken, Func<bool>? emptyIsVerified = null)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (default, TooLarge());
        }

        // Chunked bodies carry no Content-Length: count while reading, and stop one byte past the limit.
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return (default, TooLarge());
            }
        }

        // Before the media type: a body lost on the way also loses its Content-Type, and 415 would hide why.
        if (buffer.Length == 0 && emptyIsVerified?.Invoke() != true)
        {
            return (default, Empty());
        }

        if (!IsJson(request.ContentType))
        {
            return (default, TypedResults.Problem(
                $"The body must be JSON (Content-Type: application/json), not '{request.ContentType ?? "none"}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type"));
        }

        return (buffer.GetBuffer().AsMemory(0, (int)buffer.Length), null);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        $"The body is larger than {MaxBytes} bytes (1 MiB).", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");

    /// <summary>
    /// 411: the Functions host's request forwarding passes a body on only with a Content-Length above zero
    /// (azure-functions-host, HttpRequestExtensions.ToHttpRequestMessage), so a chunked delivery can arrive empty.
    /// Nothing was stored; the sender retries, with a Content-Length.
    /// </summary>
    private static ProblemHttpResult Empty() => TypedResults.Problem(
        "The request body arrived empty. Send the webhook with a Content-Length header (not chunked) and retry; nothing was stored.",
        statusCode: StatusCodes.Status411LengthRequired,
        title: "Body missing");
}
