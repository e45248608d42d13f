namespace BackOffice.Application.Messaging;

/// <summary>The body of every message on the order queue, whichever transport carries it.</summary>
public sealed record OrderMessage(
    string MessageId, string Type, string OrderId, DateTimeOffset OccurredAt, IReadOnlyDictionary<string, string>? Data = null)
{
    public static OrderMessage From(OutboxMessage message) =>
        new(message.MessageId, message.Type, message.OrderId, message.CreatedAt, message.Data);

    /// <summary>The id the order's inbox knows this message by: a scheduled retry counts as the message it retries.</summary>
    public string InboxId => Data?.GetValueOrDefault(OrderMessageData.RetryOf) ?? MessageId;

    public int RetryAttempt => int.TryParse(Data?.GetValueOrDefault(OrderMessageData.RetryAttempt), out var attempt) ? attempt : 0;
}
