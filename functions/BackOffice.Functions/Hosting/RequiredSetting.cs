namespace BackOffice.Functions.Hosting;

public static class RequiredSetting
{
    /// <exception cref="MissingSettingException">The setting is absent or empty.</exception>
    public static string Get(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value ? value : throw new MissingSettingException(key);
}

/// <summary>A setting the function app cannot run without is absent or empty; the message names it as an app setting.</summary>
public sealed class MissingSettingException(string key)
    : InvalidOperationException($"The {key.Replace(":", "__", StringComparison.Ordinal)} setting is required.");
