using System.Text.Json;

namespace BackOffice.Application.Callbacks;

internal static class JsonPaths
{
    /// <summary>The string (or number, as text) at a property path, or null when any step is missing.</summary>
    public static string? Text(this JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number => current.GetRawText(),
            _ => null,
        };
    }

    public static JsonElement? FirstItem(this JsonElement element, string arrayProperty) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(arrayProperty, out var array)
        && array.ValueKind == JsonValueKind.Array && array.GetArrayLength() > 0 ? array[0] : null;
}
