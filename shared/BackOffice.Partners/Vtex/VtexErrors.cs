using System.Text.Json;

namespace BackOffice.Partners.Vtex;

/// <summary>VTEX errors are <c>{ "error": { "code", "message", "exception" } }</c>.</summary>
public static class VtexErrors
{
    public static (string? Code, string? Message) Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                ? (Text(error, "code"), Text(error, "message"))
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
