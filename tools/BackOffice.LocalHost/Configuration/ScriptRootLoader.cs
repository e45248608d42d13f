namespace BackOffice.LocalHost.Configuration;

/// <summary>Loads host.json, every */function.json and local.settings.json the way the real host discovers them.</summary>
public static class ScriptRootLoader
{
    public static ScriptRoot Load(string scriptRootDirectory, string? localSettingsPath, Func<string, string?>? environment = null)
    {
        var directory = Path.GetFullPath(scriptRootDirectory);
        var hostJsonPath = Path.Combine(directory, "host.json");
        if (!File.Exists(hostJsonPath))
        {
            throw new HostConfigurationException($"No host.json in script root '{directory}'.");
        }

        var host = HostJsonParser.Parse(File.ReadAllText(hostJsonPath));
        var values = localSettingsPath is null
            ? new Dictionary<string, string>()
            : LocalSettingsParser.Parse(ReadSettingsFile(localSettingsPath));
        var settings = new AppSettings(values, environment);

        var functions = new List<FunctionDefinition>();
        foreach (var functionDirectory in System.IO.Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var functionJsonPath = Path.Combine(functionDirectory, "function.json");
            var name = Path.GetFileName(functionDirectory);
            if (!File.Exists(functionJsonPath) || IsDisabled(name, settings))
            {
                continue;
            }

            functions.Add(FunctionJsonParser.Parse(name, File.ReadAllText(functionJsonPath), settings));
        }

        if (host.HttpMode == HttpForwardingMode.None && functions.FirstOrDefault(f => f.Trigger is HttpTriggerBinding) is { } http)
        {
            throw new HostConfigurationException(
                $"Function '{http.Name}' has an httpTrigger, but host.json sets neither customHandler.enableProxyingHttpRequest nor enableForwardingHttpRequest; the local host only passes HTTP requests on as they are.");
        }

        return new ScriptRoot(directory, host, settings, functions);
    }

    // Same switch as the real host: app setting AzureWebJobs.<name>.Disabled=true.
    private static bool IsDisabled(string functionName, AppSettings settings) =>
        bool.TryParse(settings.Get($"AzureWebJobs.{functionName}.Disabled"), out var disabled) && disabled;

    private static string ReadSettingsFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new HostConfigurationException($"Settings file '{Path.GetFullPath(path)}' does not exist.");
        }

        return File.ReadAllText(path);
    }
}
