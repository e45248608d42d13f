using System.Text.Json;

namespace BackOffice.Partners.Tests.Support;

/// <summary>
/// Checks a request body against a provider's published OpenAPI request schema: required properties, JSON types, enums
/// and nullability, recursively. Enough of JSON Schema for the flat bodies partners take; it names every breach.
/// </summary>
public static class OpenApiSchema
{
    public static IReadOnlyList<string> Breaches(JsonElement schema, JsonElement value, string path = "$")
    {
        var breaches = new List<string>();
        Check(schema, value, path, breaches);
        return breaches;
    }

    private static void Check(JsonElement schema, JsonElement value, string path, List<string> breaches)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!(schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean()))
            {
                breaches.Add($"{path} is null but not nullable");
            }

            return;
        }

        var type = schema.TryGetProperty("type", out var declared) ? declared.GetString() : null;
        var matches = type switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            _ => true,
        };
        if (!matches)
        {
            breaches.Add($"{path} is {value.ValueKind}, the schema says {type}");
            return;
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(allowed => allowed.ToString() == value.ToString()))
        {
            breaches.Add($"{path} '{value}' is not one of {values}");
        }

        if (type == "object")
        {
            foreach (var required in schema.TryGetProperty("required", out var names) ? names.EnumerateArray() : default)
            {
                if (!value.TryGetProperty(required.GetString()!, out _))
                {
                    breaches.Add($"{path}.{required.GetString()} is required");
                }
            }

            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in value.EnumerateObject())
                {
                    if (properties.TryGetProperty(property.Name, out var propertySchema))
                    {
                        Check(propertySchema, property.Value, $"{path}.{property.Name}", breaches);
                    }
                }
            }
        }

        if (type == "array" && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{index++}]", breaches);
            }
        }
    }
}
