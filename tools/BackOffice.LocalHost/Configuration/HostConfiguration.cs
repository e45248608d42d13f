namespace BackOffice.LocalHost.Configuration;

/// <summary>The parts of host.json this local host honours.</summary>
public sealed record HostConfiguration
{
    public static readonly TimeSpan DefaultFunctionTimeout = TimeSpan.FromMinutes(5);

    public required CustomHandlerDescription Handler { get; init; }

    public HttpForwardingMode HttpMode { get; init; }

    /// <summary>Null means no limit (functionTimeout "-1").</summary>
    public TimeSpan? FunctionTimeout { get; init; } = DefaultFunctionTimeout;

    public string RoutePrefix { get; init; } = "api";

    public QueueSettings Queues { get; init; } = new();
}
