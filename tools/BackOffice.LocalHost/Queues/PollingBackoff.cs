namespace BackOffice.LocalHost.Queues;

/// <summary>Exponential back-off between polls of an empty queue, up to maxPollingInterval.</summary>
public sealed class PollingBackoff
{
    // The real host's minimum polling interval.
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(100);

    private readonly TimeSpan _minimum;
    private readonly TimeSpan _maximum;
    private TimeSpan _current;

    public PollingBackoff(TimeSpan maximum)
    {
        _maximum = maximum < MinimumInterval ? MinimumInterval : maximum;
        _minimum = MinimumInterval;
        _current = TimeSpan.Zero;
    }

    /// <summary>The delay before polling again after finding the queue empty.</summary>
    public TimeSpan NextEmptyDelay()
    {
        _current = _current == TimeSpan.Zero ? _minimum : TimeSpan.FromTicks(Math.Min(_current.Ticks * 2, _maximum.Ticks));
        return _current;
    }

    /// <summary>A message arrived: go back to fast polling.</summary>
    public void Reset() => _current = TimeSpan.Zero;
}
