namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// A leaky bucket, the way VTEX (burst credits refilled at a steady rate) and Shopify (calculated query cost, restored
/// per second) limit calls: a request takes its cost from the bucket or is refused with the time until it would fit.
/// </summary>
public sealed class RateBudget(TimeProvider clock, double capacity, double restorePerSecond)
{
    private readonly Lock _gate = new();
    private double _capacity = capacity;
    private double _restorePerSecond = restorePerSecond;
    private double _available = capacity;
    private DateTimeOffset _updated = clock.GetUtcNow();

    public double Capacity => _capacity;

    public double RestorePerSecond => _restorePerSecond;

    /// <returns>Zero when the cost was taken; otherwise how long until it would fit (nothing is taken).</returns>
    public TimeSpan TryTake(double cost, out double left)
    {
        lock (_gate)
        {
            Refill();
            if (cost <= _available)
            {
                _available -= cost;
                left = _available;
                return TimeSpan.Zero;
            }

            left = _available;
            return TimeSpan.FromSeconds(Math.Min(cost, _capacity) - _available) / _restorePerSecond;
        }
    }

    public void Configure(double capacity, double restorePerSecond)
    {
        lock (_gate)
        {
            _capacity = capacity;
            _restorePerSecond = restorePerSecond;
            _available = capacity;
            _updated = clock.GetUtcNow();
        }
    }

    private void Refill()
    {
        var now = clock.GetUtcNow();
        _available = Math.Min(_capacity, _available + ((now - _updated).TotalSeconds * _restorePerSecond));
        _updated = now;
    }
}
