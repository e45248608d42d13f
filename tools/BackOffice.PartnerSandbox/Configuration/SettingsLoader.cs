using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace BackOffice.PartnerSandbox.Configuration;

/// <summary>
/// Reads <see cref="SandboxSettings"/> from an optional local.settings.json (<c>{"Values":{...}}</c>) and the
/// environment; the environment wins so that a test or script can override one value without editing the file.
/// The specific delays default to <c>Sandbox__CallbackDelayMs</c>, so one variable speeds every simulator up.
/// </summary>
public static class SettingsLoader
{
    public static SandboxSettings Load(string? settingsPath, IDictionary environment)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (settingsPath is not null)
        {
            foreach (var (key, value) in ReadValues(settingsPath))
            {
                values[key] = value;
            }
        }

        foreach (DictionaryEntry entry in environment)
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                values[key] = value;
            }
        }

        return FromValues(values);
    }

    public static SandboxSettings FromValues(IReadOnlyDictionary<string, string> values)
    {
        var defaults = new SandboxSettings();
        var callbackDelay = Milliseconds(values, "Sandbox__CallbackDelayMs") ?? defaults.CallbackDelay;
        return new SandboxSettings
        {
            Port = Integer(values, "Sandbox__Port") ?? defaults.Port,
            HubBaseUrl = Url(values, "Sandbox__HubBaseUrl") ?? defaults.HubBaseUrl,
            CallbackDelay = callbackDelay,
            PaymentDelay = Milliseconds(values, "Sandbox__PaymentDelayMs") ?? callbackDelay,
            RiskDelay = Milliseconds(values, "Sandbox__RiskDelayMs") ?? callbackDelay,
            NfeDelay = Milliseconds(values, "Sandbox__NfeDelayMs") ?? callbackDelay,
            CarrierStepDelay = Milliseconds(values, "Sandbox__CarrierStepDelayMs") ?? callbackDelay,
            FaultTimeout = Milliseconds(values, "Sandbox__FaultTimeoutMs") ?? defaults.FaultTimeout,
            FaultSeed = Integer(values, "Sandbox__FaultSeed"),
            CallbackAttempts = Integer(values, "Sandbox__CallbackAttempts") ?? defaults.CallbackAttempts,
            CallbackRetryDelay = Milliseconds(values, "Sandbox__CallbackRetryDelayMs") ?? defaults.CallbackRetryDelay,
            CallbackDuplicateRate = Rate(values, "Sandbox__CallbackDuplicateRate") ?? defaults.CallbackDuplicateRate,
            CallbackLate = Milliseconds(values, "Sandbox__CallbackLateMs") ?? defaults.CallbackLate,
            ClearSaleCallbackToken = Text(values, "ClearSale__CallbackToken") ?? defaults.ClearSaleCallbackToken,
            FocusNfeHookAuthorization = Text(values, "FocusNfe__HookAuthorization") ?? defaults.FocusNfeHookAuthorization,
            FocusNfeHookAuthorizationHeader = Text(values, "FocusNfe__HookAuthorizationHeader") ?? defaults.FocusNfeHookAuthorizationHeader,
            MelhorEnvioWebhookSecret = Text(values, "MelhorEnvio__WebhookSecret") ?? defaults.MelhorEnvioWebhookSecret,
            StoreEventSecret = Text(values, "Hub__Events__Secret") ?? defaults.StoreEventSecret,
        };
    }

    private static IEnumerable<KeyValuePair<string, string>> ReadValues(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new SettingsException($"cannot read settings file '{path}': {ex.Message}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("Values", out var section)
                || section.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            // Only strings are settings; numbers and booleans are accepted as their text, as the Functions host does.
            return section.EnumerateObject()
                .Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                .Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
                .ToList();
        }
    }

    private static string? Text(IReadOnlyDictionary<string, string> values, string name)
        => values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    private static int? Integer(IReadOnlyDictionary<string, string> values, string name)
    {
        var text = Text(values, name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : throw new SettingsException($"{name} must be a non-negative integer, got '{text}'.");
    }

    private static double? Rate(IReadOnlyDictionary<string, string> values, string name)
    {
        var text = Text(values, name);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? rate
            : throw new SettingsException($"{name} must be a number from 0 to 1, got '{text}'.");
    }

    private static TimeSpan? Milliseconds(IReadOnlyDictionary<string, string> values, string name)
        => Integer(values, name) is { } ms ? TimeSpan.FromMilliseconds(ms) : null;

    private static Uri? Url(IReadOnlyDictionary<string, string> values, string name)
    {
        var text = Text(values, name);
        if (text is null)
        {
            return null;
        }

        // A trailing slash makes relative resolution keep the base's path (http://host/base/ + api/...).
        return Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url)
            ? url
            : throw new SettingsException($"{name} must be an absolute URL, got '{text}'.");
    }
}
