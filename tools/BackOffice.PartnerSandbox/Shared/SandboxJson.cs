using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// One serializer setting for every answer and callback. Property names are written as declared (no naming
/// policy) because each partner has its own casing (snake_case Pagar.me, camelCase VTEX, ...).
/// </summary>
public static class SandboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(object? value) => JsonSerializer.Serialize(value, Options);
}
