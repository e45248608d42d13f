using System.Text.Json;
using BackOffice.Application.Intake;
using BackOffice.Application.Partners.Storefronts;
using Microsoft.Extensions.Logging;

namespace BackOffice.Channels.Vtex;

/// <summary>
/// VTEX's advised backup to the hook: reads the feed, handles each change exactly as the hook would, and commits only
/// what was durably handled (stored, or found to need nothing). A failure leaves the change in the feed for the next run.
/// </summary>
public sealed class VtexFeedDrain(IVtexOrderSource oms, VtexOrderIngestion ingestion, TimeProvider clock, ILogger<VtexFeedDrain> logger)
{
    public const string TimerName = "VtexFeedDrain";

    /// <summary>
    /// How long the OMS may lag its own feed: an order VTEX does not return yet is asked for again on later drains until
    /// its change is this old, then given up as an order VTEX does not have.
    /// </summary>
    public static readonly TimeSpan OmsLag = TimeSpan.FromHours(1);

    // VTEX serves at most 20 per read; a few reads per run drain a busy store without holding the timer long.
    private const int LotSize = 10;
    private const int MaxLots = 10;

    public async Task<FeedDrainReport> DrainAsync(CancellationToken cancellationToken)
    {
        var report = new FeedDrainReport(0, 0, 0);
        for (var lot = 0; lot < MaxLots; lot++)
        {
            var events = await oms.ReadFeedAsync(LotSize, cancellationToken);
            var handled = new List<string>();
            foreach (var feedEvent in events)
            {
                if (await TryHandleAsync(feedEvent, cancellationToken))
                {
                    handled.Add(feedEvent.Handle);
                }
            }

            if (handled.Count > 0)
            {
                await oms.CommitFeedAsync(handled, cancellationToken);
            }

            report = new FeedDrainReport(report.Read + events.Count, report.Committed + handled.Count, report.Failed + events.Count - handled.Count);
            // An empty read means drained; a read with nothing handled would only return the same failures again.
            if (events.Count < LotSize || handled.Count == 0)
            {
                break;
            }
        }

        logger.LogInformation("VTEX feed drain: {Report}", report);
        return report;
    }

    private async Task<bool> TryHandleAsync(StorefrontFeedEvent feedEvent, CancellationToken cancellationToken)
    {
        if (!Domain.Orders.OrderId.IsValidExternalId(feedEvent.OrderId) || !VtexHookPayload.IsValidState(feedEvent.State))
        {
            logger.LogError("VTEX feed event {Handle} names no usable order id or state; committed without effect", feedEvent.Handle);
            return true;
        }

        try
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(feedEvent, JsonSerializerOptions.Web);
            var outcome = await ingestion.IngestAsync(new VtexNotification(feedEvent.OrderId, feedEvent.State, feedEvent.LastChange, body), cancellationToken);
            if (outcome is WebhookOutcome.Rejected { Reason: WebhookRejection.UnknownTarget } && clock.GetUtcNow() - feedEvent.LastChange < OmsLag)
            {
                // The feed can be ahead of the OMS: the order is asked for again on the next drain.
                logger.LogWarning("VTEX does not return order {VtexOrderId} ({State}) yet; it stays in the feed", feedEvent.OrderId, feedEvent.State);
                return false;
            }

            if (outcome is WebhookOutcome.Rejected rejected)
            {
                // No retry can fix it (VTEX still lacks the order past its lag, or it is not one the hub can take): committed, and logged for ops.
                logger.LogError("VTEX feed event for order {VtexOrderId} ({State}) rejected: {Reason} {Detail}", feedEvent.OrderId, feedEvent.State, rejected.Reason, rejected.Detail);
            }

            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "VTEX feed event for order {VtexOrderId} ({State}) failed; it stays in the feed", feedEvent.OrderId, feedEvent.State);
            return false;
        }
    }
}
