using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackOffice.Channels.Vtex;

internal static class VtexJson
{
    // The OMS speaks camelCase and the hook PascalCase; matching without case reads both.
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
