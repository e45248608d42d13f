namespace BackOffice.LocalHost.Configuration;

public sealed record QueueTriggerBinding(string Name, string QueueName, string ConnectionString) : TriggerBinding(Name)
{
    public override string Type => "queueTrigger";

    public string PoisonQueueName => QueueName + "-poison";
}
