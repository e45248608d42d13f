using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BackOffice.Partners.Http;

namespace BackOffice.Partners.Vtex;

/// <summary>VTEX errors are <c>{ "error": { "code", "message", "exception" } }</c>.</summary>
public static class VtexErrors
{
    /// <summary>The exception for a VTEX error answer: a 429 carries the pause before the next try (Retry-After, else about a minute).</summary>
    public static PartnerApiException Failure(HttpStatusCode status, string? content, string? reason, RetryConditionHeaderValue? retryAfter = null)
    {
        var (code, message) = Parse(content);
        var text = $"{code} {message ?? reason}".Trim();
        return status == HttpStatusCode.TooManyRequests
            ? new VtexRateLimitedException(text, retryAfter?.Delta is { } delta && delta > VtexOptions.DefaultRateLimitPause ? delta : VtexOptions.DefaultRateLimitPause, content)
            : new PartnerApiException("VTEX", status, text, content);
    }

    public static (string? Code, string? Message) Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                ? (Text(error, "code"), Text(error, "message"))
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
