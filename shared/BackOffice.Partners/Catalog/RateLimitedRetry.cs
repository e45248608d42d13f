namespace BackOffice.Partners.Catalog;

/// <summary>
/// Catalog pushes wait out a storefront's rate limit and try again, a bounded number of times; past that the SKUs fail
/// for this run and the next run sends them.
/// </summary>
internal static class RateLimitedRetry
{
    public const int MaxAttempts = 8;

    /// <summary>A wait the storefront did not size: short, since catalog writes refill quickly.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait: beyond it the run gives the SKUs back rather than hold the timer.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    public static TimeSpan Bounded(TimeSpan? wait) =>
        wait is not { } value || value <= TimeSpan.Zero ? DefaultWait : value > MaxWait ? MaxWait : value;
}
