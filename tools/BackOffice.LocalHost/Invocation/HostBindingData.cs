using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackOffice.LocalHost.Invocation;

/// <summary>
/// Turns a trigger's binding data into the invocation's Data and Metadata exactly as the real host does for a custom
/// handler (azure-functions-host, src/WebJobs.Script/Workers/MessageExtensions/ScriptInvocationContextExtensions.cs):
/// every value goes through <c>GetHttpScriptInvocationContextValue</c>, so a string is serialized once more (the handler
/// receives a JSON string literal: <c>"\"text\""</c>), a number becomes its text (<c>"3"</c>), a time loses its fraction
/// of a second, an object stays an object; null values and keys ending in "trigger" are left out of Metadata.
/// </summary>
public static class HostBindingData
{
    // Newtonsoft's JsonConvert.SerializeObject escapes only quotes, backslashes and control characters.
    private static readonly JsonSerializerOptions NewtonsoftLikeStrings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A new, case-insensitive binding data dictionary, as the WebJobs SDK keeps it.</summary>
    public static Dictionary<string, object?> Create() => new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <c>Utility.ApplyBindingData</c>: when the trigger value is a JSON object, each top-level property that is not an
    /// array or null is added to the binding data, overwriting a same-named (case-insensitive) key: objects as objects,
    /// everything else as its text.
    /// </summary>
    public static void ApplyJsonBody(Dictionary<string, object?> bindingData, string triggerValue)
    {
        var trimmed = triggerValue.Trim();
        if (!trimmed.StartsWith('{') || !trimmed.EndsWith('}'))
        {
            return;
        }

        JsonObject? body;
        try
        {
            body = JsonNode.Parse(trimmed) as JsonObject;
        }
        catch (JsonException)
        {
            // The host ignores a body that is not JSON after all.
            return;
        }

        foreach (var (name, value) in body ?? [])
        {
            switch (value)
            {
                case null or JsonArray:
                    continue;
                case JsonObject nested:
                    bindingData[name] = nested.DeepClone();
                    break;
                default:
                    bindingData[name] = value.GetValueKind() switch
                    {
                        JsonValueKind.String => value.GetValue<string>(),
                        JsonValueKind.True => "True",
                        JsonValueKind.False => "False",
                        _ => value.ToJsonString(),
                    };
                    break;
            }
        }
    }

    /// <summary>The Metadata object: every non-null entry except the trigger value itself.</summary>
    public static JsonObject ToMetadata(IEnumerable<KeyValuePair<string, object?>> bindingData)
    {
        var metadata = new JsonObject();
        foreach (var (key, value) in bindingData)
        {
            if (value is not null && !key.EndsWith("trigger", StringComparison.OrdinalIgnoreCase))
            {
                metadata[key] = Format(value);
            }
        }

        return metadata;
    }

    /// <summary><c>GetHttpScriptInvocationContextValue</c> for one value (dataType string, the default without "dataType").</summary>
    public static JsonNode Format(object value) => value switch
    {
        string text => JsonValue.Create(JsonSerializer.Serialize(text, NewtonsoftLikeStrings)),
        byte[] bytes => JsonValue.Create(Convert.ToBase64String(bytes)),

        // DateTimeOffset.Parse(value.ToString()): whole seconds, offset kept; Newtonsoft writes ISO 8601.
        DateTimeOffset time => JsonValue.Create(time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)),

        // DateTime.Parse(value.ToString()): whole seconds and no kind any more, so no offset is written.
        DateTime time => JsonValue.Create(time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
        bool flag => JsonValue.Create(flag ? "true" : "false"),
        int or long or short or byte or uint or ulong or double or decimal or float =>
            JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        Guid id => JsonValue.Create(JsonSerializer.Serialize(id.ToString())),
        JsonNode node => node.DeepClone(),

        // JObject.FromObject: dictionaries and objects keep their shape.
        _ => JsonSerializer.SerializeToNode(value) ?? new JsonObject(),
    };
}
