using System.Globalization;

namespace BackOffice.Partners.Resilience;

/// <summary>How long a partner asked us to wait: <c>Retry-After</c> (seconds or an HTTP date) or Focus NFe's <c>Rate-Limit-Reset</c>.</summary>
public static class RetryAfterHint
{
    public const string RateLimitReset = "Rate-Limit-Reset";

    // Values this large are Unix times rather than a number of seconds to wait.
    private const long UnixTimeThreshold = 1_000_000_000;

    public static TimeSpan? From(HttpResponseMessage response, TimeProvider time)
    {
        var now = time.GetUtcNow();
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return NotNegative(delta);
            }

            if (retryAfter.Date is { } date)
            {
                return NotNegative(date - now);
            }
        }

        if (response.Headers.TryGetValues(RateLimitReset, out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset))
        {
            return reset >= UnixTimeThreshold
                ? NotNegative(DateTimeOffset.FromUnixTimeSeconds(reset) - now)
                : NotNegative(TimeSpan.FromSeconds(reset));
        }

        return null;
    }

    private static TimeSpan NotNegative(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;
}
