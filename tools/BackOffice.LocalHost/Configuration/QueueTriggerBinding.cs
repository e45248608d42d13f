namespace BackOffice.LocalHost.Configuration;

/// <summary>
/// A storage queue this host polls. <see cref="Shape"/> says which trigger function.json declared: a queueTrigger, or a
/// serviceBusTrigger that this host serves from the storage queue of the same name (there is no broker locally).
/// </summary>
public sealed record QueueTriggerBinding(string Name, string QueueName, string ConnectionString, MessageTriggerShape Shape = MessageTriggerShape.StorageQueue)
    : TriggerBinding(Name)
{
    public override string Type => Shape == MessageTriggerShape.ServiceBus ? "serviceBusTrigger" : "queueTrigger";

    /// <summary>Where a message goes after its last failed delivery; it stands in for the dead-letter queue of a Service Bus trigger.</summary>
    public string PoisonQueueName => QueueName + "-poison";
}

/// <summary>Which real trigger's Data and Metadata an invocation carries.</summary>
public enum MessageTriggerShape
{
    StorageQueue,
    ServiceBus,
}
