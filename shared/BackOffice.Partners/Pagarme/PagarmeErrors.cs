using System.Text.Json;

namespace BackOffice.Partners.Pagarme;

/// <summary>Pagar.me errors: <c>{ "message": "...", "errors": { "field": ["..."] } }</c>.</summary>
public static class PagarmeErrors
{
    public static string? Message(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var message = json.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            if (json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                var fields = errors.EnumerateObject().Select(field => field.Name);
                message = $"{message} ({string.Join(", ", fields)})";
            }

            return message;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
