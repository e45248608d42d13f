using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.Infrastructure.Messaging;

namespace BackOffice.Functions.Hosting;

/// <summary>Produces the function.json files the Functions host reads, from the one declaration in <see cref="FunctionCatalog"/>.</summary>
public static class FunctionMetadataWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject FunctionJson(FunctionDefinition definition, string transport) => new()
    {
        ["bindings"] = definition.Trigger switch
        {
            HttpTrigger http => new JsonArray(
                new JsonObject
                {
                    ["type"] = "httpTrigger",
                    ["direction"] = "in",
                    ["name"] = "req",
                    ["authLevel"] = http.AuthLevel,
                    ["methods"] = new JsonArray([.. http.Methods.Select(method => JsonValue.Create(method))]),
                    ["route"] = http.Route,
                },
                new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" }),
            MessageTrigger message => new JsonArray(MessageTriggerBinding(message, transport)),
            TimerTrigger timer => new JsonArray(new JsonObject
            {
                ["type"] = "timerTrigger",
                ["direction"] = "in",
                ["name"] = timer.BindingName,
                ["schedule"] = timer.Schedule,
                ["runOnStartup"] = false,
                ["useMonitor"] = true,
            }),
            var other => throw new NotSupportedException($"No function.json mapping for {other.GetType().Name}."),
        },
    };

    public static string Render(FunctionDefinition definition, string transport) =>
        FunctionJson(definition, transport).ToJsonString(Indented) + Environment.NewLine;

    /// <summary>Writes one folder per function under the script root and removes folders of functions that no longer exist.</summary>
    public static IReadOnlyList<string> WriteAll(string scriptRoot, string transport, IReadOnlyList<FunctionDefinition> definitions)
    {
        var written = new List<string>();
        foreach (var definition in definitions)
        {
            var folder = Path.Combine(scriptRoot, definition.Name);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "function.json");
            File.WriteAllText(path, Render(definition, transport));
            written.Add(path);
        }

        var names = definitions.Select(definition => definition.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateDirectories(scriptRoot)
                     .Where(folder => File.Exists(Path.Combine(folder, "function.json")) && !names.Contains(Path.GetFileName(folder))))
        {
            Directory.Delete(stale, recursive: true);
        }

        return written;
    }

    private static JsonObject MessageTriggerBinding(MessageTrigger message, string transport) => transport switch
    {
        MessagingTransportName.StorageQueues => new JsonObject
        {
            ["type"] = "queueTrigger",
            ["direction"] = "in",
            ["name"] = message.BindingName,
            ["queueName"] = message.QueueName,
            ["connection"] = FunctionsConnectionSettings.Storage,
        },
        MessagingTransportName.ServiceBus => new JsonObject
        {
            ["type"] = "serviceBusTrigger",
            ["direction"] = "in",
            ["name"] = message.BindingName,
            ["queueName"] = message.QueueName,
            ["connection"] = FunctionsConnectionSettings.ServiceBus,
            // One session per order: its messages are handled one at a time, in order.
            ["isSessionsEnabled"] = true,
        },
        _ => throw new ArgumentException($"Unknown messaging transport '{transport}'; use one of {string.Join(", ", MessagingTransportName.All)}.", nameof(transport)),
    };
}
