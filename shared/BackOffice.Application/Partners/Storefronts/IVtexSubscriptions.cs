namespace BackOffice.Application.Partners.Storefronts;

/// <summary>
/// VTEX's hook and feed configuration. VTEX removes a hook after 3 days without notifications and a feed that receives
/// nothing within its retention, so both are checked and re-created when gone or changed.
/// </summary>
public interface IVtexSubscriptions
{
    /// <returns>What was found and done, for the timer's log.</returns>
    Task<VtexSubscriptionReport> EnsureAsync(VtexSubscription desired, CancellationToken cancellationToken);
}

/// <param name="HookUrl">The hub's public hook address (with its function key).</param>
/// <param name="States">The order states both hook and feed carry.</param>
public sealed record VtexSubscription(string HookUrl, string HeaderName, string HeaderValue, IReadOnlyList<string> States);

public sealed record VtexSubscriptionReport(bool HookRecreated, bool FeedRecreated);
