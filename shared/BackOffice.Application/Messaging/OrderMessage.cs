namespace BackOffice.Application.Messaging;

/// <summary>The body of every message on the order queue, whichever transport carries it.</summary>
public sealed record OrderMessage(
    string MessageId, string Type, string OrderId, DateTimeOffset OccurredAt, IReadOnlyDictionary<string, string>? Data = null)
{
    /// <summary>The message as it is sent, carrying the trace context of the sender when there is one.</summary>
    public static OrderMessage From(OutboxMessage message) =>
        new(message.MessageId, message.Type, message.OrderId, message.CreatedAt, WithTraceContext(message.Data));

    private static IReadOnlyDictionary<string, string>? WithTraceContext(IReadOnlyDictionary<string, string>? data)
    {
        if (System.Diagnostics.Activity.Current is not { IdFormat: System.Diagnostics.ActivityIdFormat.W3C, Id: { } traceParent })
        {
            return data;
        }

        return new Dictionary<string, string>(data ?? new Dictionary<string, string>()) { [OrderMessageData.TraceParent] = traceParent };
    }

    /// <summary>The id the order's inbox knows this message by: a scheduled retry counts as the message it retries.</summary>
    public string InboxId => Data?.GetValueOrDefault(OrderMessageData.RetryOf) ?? MessageId;

    public int RetryAttempt => int.TryParse(Data?.GetValueOrDefault(OrderMessageData.RetryAttempt), out var attempt) ? attempt : 0;
}
