using System.Text.Json.Nodes;

namespace BackOffice.LocalHost.Configuration;

public static class HostJsonParser
{
    public static HostConfiguration Parse(string json)
    {
        var root = JsonNodeReader.ParseObject(json, "host.json");
        var customHandler = root.GetObject("customHandler")
            ?? throw new HostConfigurationException("host.json has no 'customHandler' section; this host only runs custom handlers.");
        var description = customHandler.GetObject("description")
            ?? throw new HostConfigurationException("host.json has no 'customHandler.description' section.");
        var executable = description.GetString("defaultExecutablePath");
        if (string.IsNullOrWhiteSpace(executable))
        {
            throw new HostConfigurationException("host.json 'customHandler.description.defaultExecutablePath' is empty.");
        }

        var extensions = root.GetObject("extensions");
        return new HostConfiguration
        {
            Handler = new CustomHandlerDescription(
                executable,
                description.GetString("workingDirectory") ?? string.Empty,
                description.GetStringArray("arguments")),
            // DefaultHttpWorkerService.InvokeAsync checks proxying before forwarding.
            HttpMode = customHandler.GetBoolean("enableProxyingHttpRequest") == true ? HttpForwardingMode.Proxy
                : customHandler.GetBoolean("enableForwardingHttpRequest") == true ? HttpForwardingMode.Forward
                : HttpForwardingMode.None,
            FunctionTimeout = DurationParser.ParseTimeout(root.GetString("functionTimeout"), HostConfiguration.DefaultFunctionTimeout),
            RoutePrefix = (extensions?.GetObject("http")?.GetString("routePrefix") ?? "api").Trim('/'),
            Queues = ParseQueues(extensions?.GetObject("queues")),
        };
    }

    private static QueueSettings ParseQueues(JsonObject? queues)
    {
        var defaults = new QueueSettings();
        if (queues is null)
        {
            return defaults;
        }

        var batchSize = queues.GetInt32("batchSize") ?? defaults.BatchSize;
        var settings = new QueueSettings
        {
            MaxPollingInterval = ParseOptionalDuration(queues, "maxPollingInterval") ?? defaults.MaxPollingInterval,
            VisibilityTimeout = ParseOptionalDuration(queues, "visibilityTimeout") ?? defaults.VisibilityTimeout,
            BatchSize = batchSize,
            NewBatchThreshold = queues.GetInt32("newBatchThreshold") ?? (batchSize / 2 * Environment.ProcessorCount),
            MaxDequeueCount = queues.GetInt32("maxDequeueCount") ?? defaults.MaxDequeueCount,
            MessageEncoding = ParseEncoding(queues.GetString("messageEncoding")),
        };

        if (settings.BatchSize is < 1 or > 32)
        {
            throw new HostConfigurationException("host.json 'extensions.queues.batchSize' must be between 1 and 32.");
        }

        if (settings.MaxDequeueCount < 1)
        {
            throw new HostConfigurationException("host.json 'extensions.queues.maxDequeueCount' must be at least 1.");
        }

        return settings;
    }

    private static TimeSpan? ParseOptionalDuration(JsonObject section, string name)
    {
        var value = section.GetString(name);
        return value is null ? null : DurationParser.Parse(value, $"extensions.queues.{name}");
    }

    private static QueueMessageEncoding ParseEncoding(string? value) => value?.ToLowerInvariant() switch
    {
        null or "base64" => QueueMessageEncoding.Base64,
        "none" => QueueMessageEncoding.None,
        _ => throw new HostConfigurationException($"host.json 'extensions.queues.messageEncoding' value '{value}' must be 'base64' or 'none'."),
    };
}
