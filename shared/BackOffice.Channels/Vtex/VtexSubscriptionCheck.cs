using BackOffice.Application.Partners.Storefronts;
using Microsoft.Extensions.Logging;

namespace BackOffice.Channels.Vtex;

/// <summary>
/// The timer's check of VTEX's side: the hook pointing at this hub with its secret header, and the feed the drain reads.
/// Without a hook URL setting (<c>Vtex__HookUrl</c>) there is nothing to compare with, and the check says so.
/// </summary>
public sealed class VtexSubscriptionCheck(IVtexSubscriptions subscriptions, VtexHookSettings hook, string? hookUrl, ILogger<VtexSubscriptionCheck> logger)
{
    public const string TimerName = "VtexSubscriptionCheck";

    /// <summary>New orders and cancellations: what the ingestion acts on (the others are only recorded).</summary>
    public static readonly IReadOnlyList<string> States = [VtexOrderStates.ReadyForHandling, "cancel", "canceled"];

    public async Task<VtexSubscriptionReport?> RunAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(hookUrl))
        {
            logger.LogWarning("Vtex__HookUrl is not set: VTEX's hook and feed configuration is not checked");
            return null;
        }

        var report = await subscriptions.EnsureAsync(new VtexSubscription(hookUrl, hook.HeaderName, hook.HeaderValue, States), cancellationToken);
        if (report.HookRecreated || report.FeedRecreated)
        {
            logger.LogWarning("VTEX configuration restored: hook re-created {HookRecreated}, feed re-created {FeedRecreated}", report.HookRecreated, report.FeedRecreated);
        }

        return report;
    }
}
