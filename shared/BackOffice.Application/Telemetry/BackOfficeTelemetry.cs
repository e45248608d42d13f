using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BackOffice.Application.Telemetry;

/// <summary>
/// The hub's own traces and metrics (names are what docs/ops.md queries). Instruments are static: the OpenTelemetry SDK
/// listens by source and meter name, and nothing is recorded while no one listens.
/// </summary>
public static class BackOfficeTelemetry
{
    public const string Name = "BackOffice";

    /// <summary>The tag (trace) and log attribute that names the order.</summary>
    public const string OrderIdTag = "order.id";

    public const string OrderIdScope = "OrderId";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>An order entered a status (tags: status, event).</summary>
    public static readonly Counter<long> StatusChanges =
        Meter.CreateCounter<long>("backoffice.order.status_changes", "{order}", "Orders entering each status");

    /// <summary>How long an order stayed in a status before it left it (tags: status = the status left, event).</summary>
    public static readonly Histogram<double> TimeInStatus =
        Meter.CreateHistogram<double>("backoffice.order.time_in_status", "s", "Time an order spent in a status before moving on");

    /// <summary>A message's handling failed (tags: type, final = the transport will dead-letter it now).</summary>
    public static readonly Counter<long> MessageFailures =
        Meter.CreateCounter<long>("backoffice.message.failures", "{message}", "Failed deliveries of order messages");

    /// <summary>Dead letters replayed by a person (tags: type, outcome).</summary>
    public static readonly Counter<long> DeadLetterReplays =
        Meter.CreateCounter<long>("backoffice.dead_letter.replays", "{message}", "Dead letters replayed");

    /// <summary>From a webhook or callback's arrival to the answer (tags: route, status code).</summary>
    public static readonly Histogram<double> WebhookAckDuration =
        Meter.CreateHistogram<double>("backoffice.webhook.ack_duration", "s", "Time to acknowledge a webhook or partner callback");
}
