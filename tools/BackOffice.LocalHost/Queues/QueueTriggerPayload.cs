using System.Text.Json.Nodes;
using BackOffice.LocalHost.Invocation;

namespace BackOffice.LocalHost.Queues;

/// <summary>Data and Metadata of a queue-triggered invocation, shaped as the real host sends them.</summary>
public static class QueueTriggerPayload
{
    public static JsonObject CreateData(string bindingName, string messageText) => new()
    {
        [bindingName] = messageText,
    };

    public static JsonObject CreateMetadata(string functionName, QueueMessageInfo message, DateTimeOffset utcNow) => new()
    {
        ["DequeueCount"] = message.DequeueCount,
        ["ExpirationTime"] = Iso(message.ExpirationTime),
        ["Id"] = message.Id,
        ["InsertionTime"] = Iso(message.InsertionTime),
        ["NextVisibleTime"] = Iso(message.NextVisibleTime),
        ["PopReceipt"] = message.PopReceipt,
        ["sys"] = InvocationRequest.CreateSysMetadata(functionName, utcNow),
    };

    private static string? Iso(DateTimeOffset? value) => value?.UtcDateTime.ToString("o");
}
