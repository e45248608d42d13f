namespace BackOffice.Application.Ops.Overview;

/// <param name="Counts">Orders per status (every status, zero included).</param>
/// <param name="Stuck">Orders in a waiting status for longer than expected, oldest first, with the expectation.</param>
/// <param name="NeedsAttention">Orders waiting for a person, oldest first, with the reason and the step that stopped.</param>
public sealed record OpsOverview(
    DateTimeOffset At,
    IReadOnlyDictionary<string, long> Counts,
    IReadOnlyList<StuckList> Stuck,
    IReadOnlyList<OrderAtRest> NeedsAttention);

public sealed record StuckList(string Status, TimeSpan ExpectedWithin, IReadOnlyList<OrderAtRest> Orders);
