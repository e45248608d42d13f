using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing;

/// <summary>
/// Another run of the same work holds the order's claim on it (a copy of the message, delivered at the same time). Not
/// a failure of the work: the message comes back once the claim lapses, when the work is normally done and the copy
/// finds nothing left to do; a holder that died is taken over then. Such waits do not use up the step's retries, so
/// the order never needs attention only because another run was busy.
/// </summary>
public sealed class WorkClaimedElsewhereException(OrderId orderId, string work, DateTimeOffset until, DateTimeOffset now)
    : Exception($"{work} for order {orderId} is being done by another run until {until:O}; this one waits."), IRetryAfter
{
    // A little past the lapse, so that the copy does not come back a moment before the claim can be taken over.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    public DateTimeOffset Until { get; } = until;

    /// <summary>Until the claim lapses, plus a little.</summary>
    public TimeSpan RetryAfter { get; } = (until > now ? until - now : TimeSpan.Zero) + Margin;
}
