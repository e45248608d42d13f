using System.Text.Json.Nodes;
using BackOffice.LocalHost.Invocation;

namespace BackOffice.LocalHost.Queues;

/// <summary>
/// Data and Metadata of a queue-triggered invocation, shaped as the real host sends them. The binding data is the Storage
/// Queues extension's (azure-sdk-for-net, Microsoft.Azure.WebJobs.Extensions.Storage.Queues/src/Triggers/QueueTriggerBinding.cs,
/// CreateBindingData), then the message's top-level JSON properties and "sys", all formatted by <see cref="HostBindingData"/>.
/// </summary>
public static class QueueTriggerPayload
{
    public static JsonObject CreateData(string bindingName, string messageText) => new()
    {
        [bindingName] = HostBindingData.Format(messageText),
    };

    public static JsonObject CreateMetadata(string functionName, string messageText, QueueMessageInfo message, DateTimeOffset utcNow)
    {
        var bindingData = HostBindingData.Create();
        bindingData["QueueTrigger"] = messageText;
        bindingData["DequeueCount"] = message.DequeueCount;
        bindingData["ExpirationTime"] = message.ExpirationTime ?? DateTimeOffset.MaxValue;
        bindingData["Id"] = message.Id;
        bindingData["InsertionTime"] = message.InsertionTime ?? utcNow;
        bindingData["NextVisibleTime"] = message.NextVisibleTime ?? DateTimeOffset.MaxValue;
        bindingData["PopReceipt"] = message.PopReceipt;
        bindingData["sys"] = InvocationRequest.CreateSysMetadata(functionName, utcNow);
        HostBindingData.ApplyJsonBody(bindingData, messageText);
        return HostBindingData.ToMetadata(bindingData);
    }
}
