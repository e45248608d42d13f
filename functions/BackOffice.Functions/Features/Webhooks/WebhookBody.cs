using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace BackOffice.Functions.Features.Webhooks;

/// <summary>Reads a webhook's raw body for signature checks, refusing what is too large or not JSON before anything else.</summary>
public static class WebhookBody
{
    public const int MaxBytes = 1024 * 1024;

    public static async Task<(ReadOnlyMemory<byte> Body, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (default, TooLarge());
        }

        if (!IsJson(request.ContentType))
        {
            return (default, TypedResults.Problem(
                $"The body must be JSON (Content-Type: application/json), not '{request.ContentType ?? "none"}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type"));
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

        return (buffer.GetBuffer().AsMemory(0, (int)buffer.Length), null);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        $"The body is larger than {MaxBytes} bytes (1 MiB).", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");
}
