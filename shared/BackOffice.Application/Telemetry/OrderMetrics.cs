using System.Diagnostics;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Telemetry;

/// <summary>Status changes and the time spent in the status left, recorded once a change is saved (never for a lost race).</summary>
public static class OrderMetrics
{
    /// <param name="firstNewPosition">The timeline's length before the change: entries from there on are new.</param>
    /// <param name="logger">Writes one line per status entered: the order's story in the logs (docs/ops.md queries it).</param>
    public static void RecordSaved(Order order, int firstNewPosition, ILogger? logger)
    {
        var timeline = order.Timeline;
        for (var position = Math.Max(firstNewPosition, 0); position < timeline.Count; position++)
        {
            var entry = timeline[position];
            var previous = position > 0 ? timeline[position - 1] : null;
            if (previous is not null && previous.Status == entry.Status)
            {
                continue;
            }

            BackOfficeTelemetry.StatusChanges.Add(1, new TagList { { "status", entry.Status.ToString() }, { "event", entry.Event } });
            var seconds = previous is not null && StatusSince(timeline, position - 1) is { } since ? (entry.At - since).TotalSeconds : 0;
            if (previous is not null)
            {
                BackOfficeTelemetry.TimeInStatus.Record(seconds, new TagList { { "status", previous.Status.ToString() }, { "event", entry.Event } });
            }

            if (logger is not null)
            {
                StatusEntered(logger, order.Id.Value, entry.Status, entry.Event, previous?.Status, Math.Round(seconds, 3), $"{entry.Cause.Kind.ToString().ToLowerInvariant()}:{entry.Cause.Reference}");
            }
        }
    }

    private static readonly Action<ILogger, string, OrderStatus, string, OrderStatus?, double, string, Exception?> StatusEnteredLog =
        LoggerMessage.Define<string, OrderStatus, string, OrderStatus?, double, string>(
            LogLevel.Information,
            new EventId(1201, "OrderStatusEntered"),
            "Order {OrderId} entered {StatusEntered} by {Event} from {StatusLeft} after {SecondsInStatusLeft} s (cause {Cause})");

    private static void StatusEntered(ILogger logger, string orderId, OrderStatus status, string domainEvent, OrderStatus? left, double seconds, string cause) =>
        StatusEnteredLog(logger, orderId, status, domainEvent, left, seconds, cause, null);

    // When the order entered the status it had at this position: the first entry of the run of that status.
    private static DateTimeOffset? StatusSince(IReadOnlyList<TimelineEntry> timeline, int position)
    {
        var status = timeline[position].Status;
        var start = position;
        while (start > 0 && timeline[start - 1].Status == status)
        {
            start--;
        }

        return timeline[start].At;
    }
}
