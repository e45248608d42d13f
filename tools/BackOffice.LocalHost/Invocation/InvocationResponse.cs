using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackOffice.LocalHost.Invocation;

/// <summary>A custom handler's answer: {"Outputs":{...},"Logs":[...],"ReturnValue":...}.</summary>
public sealed record InvocationResponse(JsonObject Outputs, IReadOnlyList<string> Logs, JsonNode? ReturnValue)
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    /// <exception cref="FormatException">The body is not a JSON object of that shape.</exception>
    public static InvocationResponse Parse(string body)
    {
        JsonNode? node;
        try
        {
            // An empty body is a valid "nothing to report" answer.
            node = string.IsNullOrWhiteSpace(body) ? new JsonObject() : JsonNode.Parse(body, CaseInsensitive);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"handler answer is not JSON: {ex.Message}", ex);
        }

        if (node is not JsonObject root)
        {
            throw new FormatException("handler answer is not a JSON object.");
        }

        var outputs = root["Outputs"] switch
        {
            null => new JsonObject(CaseInsensitive),
            JsonObject o => (JsonObject)o.DeepClone(),
            _ => throw new FormatException("handler answer 'Outputs' is not an object."),
        };
        var logs = root["Logs"] switch
        {
            null => [],
            JsonArray a => a.Select(l => l is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : l?.ToJsonString() ?? "null").ToList(),
            _ => throw new FormatException("handler answer 'Logs' is not an array."),
        };
        return new InvocationResponse(outputs, logs, root["ReturnValue"]?.DeepClone());
    }
}
