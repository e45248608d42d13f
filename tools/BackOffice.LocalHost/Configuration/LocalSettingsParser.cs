using System.Text.Json;

namespace BackOffice.LocalHost.Configuration;

/// <summary>Reads the Values of local.settings.json ({"IsEncrypted":false,"Values":{...}}).</summary>
public static class LocalSettingsParser
{
    public static IReadOnlyDictionary<string, string> Parse(string json)
    {
        var root = JsonNodeReader.ParseObject(json, "local.settings.json");
        if (root.GetBoolean("IsEncrypted") == true)
        {
            throw new HostConfigurationException("local.settings.json is encrypted; this host only reads plain settings.");
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (root.GetObject("Values") is not { } section)
        {
            return values;
        }

        foreach (var (name, node) in section)
        {
            values[name] = node?.GetValueKind() switch
            {
                null or JsonValueKind.Null => string.Empty,
                JsonValueKind.String => node.GetValue<string>(),
                _ => node.ToJsonString(),
            };
        }

        return values;
    }
}
