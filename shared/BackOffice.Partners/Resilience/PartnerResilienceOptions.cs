namespace BackOffice.Partners.Resilience;

/// <summary>Timeouts, retries and the circuit breaker of one partner's HTTP pipeline (section <c>{Partner}:Resilience</c>).</summary>
public sealed class PartnerResilienceOptions
{
    /// <summary>The whole call, retries and waits included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First back-off delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest Retry-After (or Rate-Limit-Reset) we wait in-process. A partner asking for more is not retried here:
    /// the caller's queue backs off instead of a worker sitting idle.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Set for a partner that wants a long pause after a 429 (VTEX: about a minute): its 429s are not retried in-process,
    /// and the caller's queue retries no sooner than this (or the partner's Retry-After).
    /// </summary>
    public TimeSpan? RateLimitPause { get; set; }

    public double CircuitFailureRatio { get; set; } = 0.5;

    public int CircuitMinimumThroughput { get; set; } = 20;

    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
