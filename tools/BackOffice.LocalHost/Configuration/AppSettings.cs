using System.Text.RegularExpressions;

namespace BackOffice.LocalHost.Configuration;

/// <summary>
/// App settings as Core Tools gives them to the host: a variable already set (not empty) in the process environment
/// wins over the same name in local.settings.json ("Skipping '{name}' from local settings as it's already defined in
/// current environment variables", azure-functions-core-tools StartHostAction.UpdateEnvironmentVariables), then
/// local.settings.json Values, then the rest of the environment. Resolves %Name% binding expressions and storage
/// connection setting names.
/// </summary>
public sealed partial class AppSettings
{
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly Func<string, string?> _environment;

    public AppSettings(IReadOnlyDictionary<string, string> values, Func<string, string?>? environment = null)
    {
        _values = values;
        _environment = environment ?? Environment.GetEnvironmentVariable;
    }

    public IReadOnlyDictionary<string, string> Values => _values;

    public string? Get(string name) => Overridden(name) is { } fromEnvironment
        ? fromEnvironment
        : _values.TryGetValue(name, out var value) ? value : _environment(name);

    /// <summary>The local.settings.json Values that the process environment overrides, for the host to say so.</summary>
    public IEnumerable<string> OverriddenByEnvironment => _values.Keys.Where(name => Overridden(name) is not null).Order(StringComparer.Ordinal);

    private string? Overridden(string name) => _environment(name) is { Length: > 0 } value ? value : null;

    public string Resolve(string expression, string usage)
    {
        return PercentExpression().Replace(expression, match =>
        {
            var name = match.Groups[1].Value;
            return Get(name) ?? throw new HostConfigurationException($"{usage} refers to app setting '%{name}%', which is not defined.");
        });
    }

    public string ResolveConnectionString(string? connectionName, string usage)
    {
        var name = string.IsNullOrWhiteSpace(connectionName) ? "AzureWebJobsStorage" : connectionName;

        // The real host also accepts the setting name with the AzureWebJobs prefix.
        var value = Get(name) ?? Get("AzureWebJobs" + name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new HostConfigurationException($"{usage} uses connection '{name}', but no app setting of that name is defined.");
        }

        return value;
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex PercentExpression();
}
