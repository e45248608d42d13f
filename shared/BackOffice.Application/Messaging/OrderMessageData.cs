namespace BackOffice.Application.Messaging;

/// <summary>Keys of <see cref="OrderMessage.Data"/>.</summary>
public static class OrderMessageData
{
    public const string Partner = "partner";
    public const string Event = "event";
    public const string ResourceId = "resourceId";
    public const string PayloadLocation = "payloadLocation";

    /// <summary>The timeline position of the event a store event message is about.</summary>
    public const string Sequence = "sequence";

    /// <summary>On a scheduled retry: the id of the message first sent, which is what the order's inbox records.</summary>
    public const string RetryOf = "retryOf";

    /// <summary>
    /// The W3C trace context of the work that sent the message, so that one trace follows an order from its webhook
    /// through every message (https://www.w3.org/TR/trace-context/#traceparent-header).
    /// </summary>
    public const string TraceParent = "traceparent";

    /// <summary>On a scheduled retry: which retry it is (1, 2, ...).</summary>
    public const string RetryAttempt = "retryAttempt";
}
