namespace BackOffice.IntegrationTests.Support;

public static class Eventually
{
    /// <summary>Polls until the probe returns a value that satisfies the condition, or fails with the last value seen.</summary>
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan within, string what)
    {
        var deadline = DateTimeOffset.UtcNow + within;
        T last;
        do
        {
            last = await probe();
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(100);
        }
        while (DateTimeOffset.UtcNow < deadline);

        throw new Xunit.Sdk.XunitException($"Within {within.TotalSeconds} s, {what} did not happen; last seen: {last}");
    }
}
