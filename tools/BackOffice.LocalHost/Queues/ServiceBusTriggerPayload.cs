using System.Text.Json.Nodes;
using BackOffice.LocalHost.Invocation;

namespace BackOffice.LocalHost.Queues;

/// <summary>
/// Data and Metadata of a serviceBusTrigger invocation, shaped as the real host builds them, for a message that locally
/// comes from the storage queue of the same name. The binding data is the Service Bus extension's (v5, azure-sdk-for-net,
/// Microsoft.Azure.WebJobs.Extensions.ServiceBus/src/Triggers/ServiceBusTriggerBindingStrategy.cs, AddBindingData for one
/// message), then the body's top-level JSON properties and "sys", all formatted by <see cref="HostBindingData"/>.
/// The storage message stands in for the broker's: its id is the MessageId, its dequeue count the DeliveryCount, its
/// insertion and expiry times the EnqueuedTime and ExpiresAt. A storage message has no session, label or properties.
/// </summary>
public static class ServiceBusTriggerPayload
{
    private static long _sequenceNumber;

    public static JsonObject CreateMetadata(string functionName, string body, QueueMessageInfo message, DateTimeOffset utcNow)
    {
        var enqueued = message.InsertionTime ?? utcNow;
        var expires = message.ExpirationTime ?? DateTimeOffset.MaxValue;
        var applicationProperties = new Dictionary<string, object>();

        // The message-settlement objects the extension adds serialize to objects without data properties.
        var bindingData = HostBindingData.Create();
        bindingData["MessageReceiver"] = new JsonObject();
        bindingData["MessageSession"] = new JsonObject();
        bindingData["MessageActions"] = new JsonObject();
        bindingData["SessionActions"] = new JsonObject();
        bindingData["ReceiveActions"] = new JsonObject();
        bindingData["Client"] = new JsonObject();
        bindingData["DeliveryCount"] = (int)message.DequeueCount;
        bindingData["DeadLetterSource"] = null;
        bindingData["LockToken"] = Guid.NewGuid().ToString();
        bindingData["ExpiresAtUtc"] = expires.DateTime;
        bindingData["ExpiresAt"] = expires;
        bindingData["EnqueuedTimeUtc"] = enqueued.DateTime;
        bindingData["EnqueuedTime"] = enqueued;
        bindingData["MessageId"] = message.Id;
        bindingData["ContentType"] = null;
        bindingData["ReplyTo"] = null;
        bindingData["SequenceNumber"] = Interlocked.Increment(ref _sequenceNumber);
        bindingData["To"] = null;
        bindingData["Subject"] = null;
        bindingData["Label"] = null;
        bindingData["CorrelationId"] = null;
        bindingData["ApplicationProperties"] = applicationProperties;
        bindingData["UserProperties"] = applicationProperties;
        bindingData["SessionId"] = null;
        bindingData["ReplyToSessionId"] = null;
        bindingData["PartitionKey"] = null;
        bindingData["TransactionPartitionKey"] = null;
        bindingData["sys"] = InvocationRequest.CreateSysMetadata(functionName, utcNow);
        HostBindingData.ApplyJsonBody(bindingData, body);
        return HostBindingData.ToMetadata(bindingData);
    }
}
