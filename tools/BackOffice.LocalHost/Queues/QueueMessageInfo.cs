using Azure.Storage.Queues.Models;

namespace BackOffice.LocalHost.Queues;

/// <summary>The system properties of a queue message that go into the invocation metadata.</summary>
public sealed record QueueMessageInfo(
    string Id,
    string PopReceipt,
    long DequeueCount,
    DateTimeOffset? InsertionTime,
    DateTimeOffset? ExpirationTime,
    DateTimeOffset? NextVisibleTime)
{
    public static QueueMessageInfo From(QueueMessage message) => new(
        message.MessageId,
        message.PopReceipt,
        message.DequeueCount,
        message.InsertedOn,
        message.ExpiresOn,
        message.NextVisibleOn);
}
