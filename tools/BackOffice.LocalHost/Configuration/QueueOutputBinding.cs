namespace BackOffice.LocalHost.Configuration;

/// <summary>A "queue" binding with direction "out": the handler's Outputs[Name] is enqueued after success.</summary>
public sealed record QueueOutputBinding(string Name, string QueueName, string ConnectionString);
