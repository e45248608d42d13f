using System.Net;
using Polly;
using Polly.Timeout;

namespace BackOffice.Partners.Resilience;

/// <summary>Which outcomes are worth another attempt: 408, 429, 5xx, network errors and timeouts. Never a 4xx the partner meant.</summary>
public static class TransientFailure
{
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    public static bool IsTransient(HttpStatusCode status)
        => status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The outcomes after which the partner surely did not act on the request, so even a non-idempotent write may be resent.</summary>
    /// <remarks>
    /// Not a 503: a gateway in front of the service answers it when the service was too slow, which may be after it acted
    /// (the sandbox's faults after the effect do exactly that). A 429 is the rate limiter's, before the service.
    /// </remarks>
    public static bool SurelyNotProcessed(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError } } => true,
        { Result.StatusCode: HttpStatusCode.TooManyRequests } => true,
        _ => false,
    };
}
