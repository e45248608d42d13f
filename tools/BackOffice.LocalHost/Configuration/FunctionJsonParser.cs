using System.Text.Json.Nodes;
using BackOffice.LocalHost.Timers;

namespace BackOffice.LocalHost.Configuration;

/// <summary>Turns one function.json into a typed definition, resolving %Setting% expressions and connections.</summary>
public static class FunctionJsonParser
{
    public static FunctionDefinition Parse(string functionName, string json, AppSettings settings)
    {
        var root = JsonNodeReader.ParseObject(json, $"{functionName}/function.json");
        if (root["bindings"] is not JsonArray bindingNodes)
        {
            throw new HostConfigurationException($"Function '{functionName}': function.json has no 'bindings' array.");
        }

        var bindings = bindingNodes.OfType<JsonObject>().ToList();
        var triggers = bindings
            .Where(b => IsInbound(b) && (b.GetString("type") ?? string.Empty).EndsWith("Trigger", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (triggers.Count != 1)
        {
            throw new HostConfigurationException($"Function '{functionName}' must have exactly one trigger binding, found {triggers.Count}.");
        }

        var trigger = ParseTrigger(functionName, triggers[0], settings);
        var queueOutputs = bindings
            .Where(b => !IsInbound(b) && string.Equals(b.GetString("type"), "queue", StringComparison.OrdinalIgnoreCase))
            .Select(b => ParseQueueOutput(functionName, b, settings))
            .ToList();
        return new FunctionDefinition(functionName, trigger, queueOutputs);
    }

    private static bool IsInbound(JsonObject binding) =>
        string.Equals(binding.GetString("direction"), "in", StringComparison.OrdinalIgnoreCase);

    private static TriggerBinding ParseTrigger(string functionName, JsonObject binding, AppSettings settings)
    {
        var type = binding.GetString("type")!;
        var name = RequireString(functionName, binding, "name");
        var usage = $"Function '{functionName}' binding '{name}' ({type})";
        switch (type.ToLowerInvariant())
        {
            case "httptrigger":
                var route = binding.GetString("route");
                var methods = binding.GetStringArray("methods").Select(m => m.ToUpperInvariant()).ToList();
                return new HttpTriggerBinding(name, string.IsNullOrWhiteSpace(route) ? functionName : route.Trim('/'), methods);
            case "queuetrigger":
                return new QueueTriggerBinding(
                    name,
                    QueueName(settings.Resolve(RequireString(functionName, binding, "queueName"), usage), usage),
                    settings.ResolveConnectionString(binding.GetString("connection"), usage));
            case "servicebustrigger":
                // No broker runs locally: the messages the app sends to this queue entity wait in the storage queue of the
                // same name (AzureWebJobsStorage), and are delivered with Service Bus trigger Data and Metadata.
                if (binding.GetString("topicName") is not null)
                {
                    throw new HostConfigurationException($"{usage}: topic subscriptions do not run locally; only queue entities do.");
                }

                return new QueueTriggerBinding(
                    name,
                    QueueName(settings.Resolve(RequireString(functionName, binding, "queueName"), usage), usage),
                    settings.ResolveConnectionString(null, usage),
                    MessageTriggerShape.ServiceBus);
            case "timertrigger":
                var schedule = settings.Resolve(RequireString(functionName, binding, "schedule"), usage);
                return new TimerTriggerBinding(name, TimerSchedule.Parse(schedule, usage), binding.GetBoolean("runOnStartup") ?? false);
            default:
                throw new HostConfigurationException(
                    $"{usage}: trigger type '{type}' is not supported by the local host. Only httpTrigger, queueTrigger, serviceBusTrigger (from the storage queue of the same name) and timerTrigger run locally; the production host handles the rest.");
        }
    }

    private static QueueOutputBinding ParseQueueOutput(string functionName, JsonObject binding, AppSettings settings)
    {
        var name = RequireString(functionName, binding, "name");
        var usage = $"Function '{functionName}' output binding '{name}' (queue)";
        return new QueueOutputBinding(
            name,
            QueueName(settings.Resolve(RequireString(functionName, binding, "queueName"), usage), usage),
            settings.ResolveConnectionString(binding.GetString("connection"), usage));
    }

    // Queue names are lower case in Azure Storage; the real host lower-cases them too.
    private static string QueueName(string resolved, string usage)
    {
        var name = resolved.ToLowerInvariant();
        if (name.Length is < 3 or > 63 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new HostConfigurationException($"{usage}: '{resolved}' is not a valid queue name.");
        }

        return name;
    }

    private static string RequireString(string functionName, JsonObject binding, string property)
    {
        var value = binding.GetString(property);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new HostConfigurationException($"Function '{functionName}': a '{binding.GetString("type")}' binding has no '{property}'.");
        }

        return value;
    }
}
