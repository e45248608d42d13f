namespace BackOffice.Application.StoreEvents;

/// <summary>
/// Back-off between attempts at one event: 1, 5, 30, 120, 360, then 720 times the base delay (with the production base
/// of a minute: 1 min, 5 min, 30 min, 2 h, 6 h, 12 h), ±20 % jitter, for <see cref="StoreEventSettings.RetryFor"/>
/// (a day) after the first attempt — the shape of Stripe's retries (exponential, days long), shortened to a day.
/// </summary>
public static class StoreEventRetrySchedule
{
    private static readonly int[] Multipliers = [1, 5, 30, 120, 360, 720];

    /// <param name="failedAttempts">Attempts made so far, the one that just failed included (1 or more).</param>
    /// <param name="jitter">A draw in [0, 1): 0.5 is the nominal delay.</param>
    /// <returns>When to try again, or null when the next attempt would fall outside the retry window.</returns>
    public static DateTimeOffset? NextAttempt(StoreEventSettings settings, int failedAttempts, DateTimeOffset retryingSince, DateTimeOffset now, double jitter)
    {
        var multiplier = Multipliers[Math.Clamp(failedAttempts, 1, Multipliers.Length) - 1];
        var next = now + (settings.RetryBaseDelay * multiplier * (0.8 + (jitter * 0.4)));
        var deadline = retryingSince + settings.RetryFor;
        if (now >= deadline)
        {
            return null;
        }

        // The last attempt lands on the deadline rather than past it, so a store down for most of the day still gets it.
        return next > deadline ? deadline : next;
    }
}
