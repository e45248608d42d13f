using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackOffice.LocalHost.Configuration;

/// <summary>
/// Reads Functions configuration JSON the way the real host does: property names are case-insensitive
/// and comments and trailing commas are tolerated.
/// </summary>
internal static class JsonNodeReader
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static JsonObject ParseObject(string json, string sourceDescription)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, NodeOptions, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new HostConfigurationException($"{sourceDescription} is not valid JSON: {ex.Message}", ex);
        }

        return node as JsonObject
            ?? throw new HostConfigurationException($"{sourceDescription} must contain a JSON object.");
    }

    public static JsonObject? GetObject(this JsonObject parent, string name) => parent[name] as JsonObject;

    public static string? GetString(this JsonObject parent, string name)
    {
        var node = parent[name];
        if (node is null)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
    }

    public static bool? GetBoolean(this JsonObject parent, string name)
    {
        var node = parent[name];
        return node?.GetValueKind() switch
        {
            null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => bool.Parse(node.GetValue<string>()),
            _ => throw new HostConfigurationException($"'{name}' must be true or false."),
        };
    }

    public static int? GetInt32(this JsonObject parent, string name)
    {
        var node = parent[name];
        return node?.GetValueKind() switch
        {
            null => null,
            JsonValueKind.Number => node.GetValue<int>(),
            JsonValueKind.String => int.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture),
            _ => throw new HostConfigurationException($"'{name}' must be a whole number."),
        };
    }

    public static IReadOnlyList<string> GetStringArray(this JsonObject parent, string name)
    {
        if (parent[name] is not JsonArray array)
        {
            return [];
        }

        return array.Select(item => item?.GetValueKind() == JsonValueKind.String ? item.GetValue<string>() : item?.ToJsonString() ?? string.Empty).ToList();
    }
}
