namespace BackOffice.LocalHost.Configuration;

/// <summary>host.json extensions.queues, with the real host's defaults.</summary>
public sealed record QueueSettings
{
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;

    public int BatchSize { get; init; } = 16;

    // The real host defaults to batchSize / 2 per processor.
    public int NewBatchThreshold { get; init; } = 8 * Environment.ProcessorCount;

    public int MaxDequeueCount { get; init; } = 5;

    public QueueMessageEncoding MessageEncoding { get; init; } = QueueMessageEncoding.Base64;
}
