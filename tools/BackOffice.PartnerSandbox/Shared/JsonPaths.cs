using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackOffice.PartnerSandbox.Shared;

/// <summary>Tolerant readers for partner payloads: a missing or oddly typed field reads as null, never throws.</summary>
public static class JsonPaths
{
    public static JsonNode? At(this JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out node))
            {
                return null;
            }
        }

        return node;
    }

    public static string? Text(this JsonNode? node, params string[] path)
    {
        var value = node.At(path) as JsonValue;
        if (value is null)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        };
    }

    public static decimal? Number(this JsonNode? node, params string[] path)
    {
        var text = node.Text(path);
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    public static IEnumerable<JsonNode> Items(this JsonNode? node, params string[] path)
        => node.At(path) is JsonArray array ? array.Where(item => item is not null).Select(item => item!) : [];
}
