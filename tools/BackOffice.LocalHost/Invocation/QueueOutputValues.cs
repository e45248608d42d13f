using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackOffice.LocalHost.Invocation;

/// <summary>Turns an Outputs entry into queue messages: a string as is, each element of an array, anything else as JSON.</summary>
public static class QueueOutputValues
{
    public static IReadOnlyList<string> From(JsonNode? value) => value switch
    {
        null => [],
        JsonArray array => array.Where(item => item is not null).Select(item => AsText(item!)).ToList(),
        _ => [AsText(value)],
    };

    private static string AsText(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
}
