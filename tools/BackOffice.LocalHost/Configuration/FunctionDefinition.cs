namespace BackOffice.LocalHost.Configuration;

public sealed record FunctionDefinition(string Name, TriggerBinding Trigger, IReadOnlyList<QueueOutputBinding> QueueOutputs);
