using System.Net;
using BackOffice.Application.Processing;
using BackOffice.Partners.Http;

namespace BackOffice.Partners.Vtex;

/// <summary>VTEX answered 429: the message that called it comes back no sooner than VTEX's pause (about a minute).</summary>
public sealed class VtexRateLimitedException(string message, TimeSpan retryAfter, string? responseBody = null)
    : PartnerApiException("VTEX", HttpStatusCode.TooManyRequests, message, responseBody), IRetryAfter
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
