using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Handler;

/// <summary>Works out how the real host would start the custom handler for a script root.</summary>
public static class HandlerLaunchPlanner
{
    public static HandlerLaunchSpec Plan(ScriptRoot scriptRoot, int port)
    {
        var description = scriptRoot.Host.Handler;

        // Every app setting reaches the handler; the host's own variables win over same-named settings.
        var settings = scriptRoot.Settings;
        var environment = new Dictionary<string, string>(
            settings.Values.Select(pair => KeyValuePair.Create(pair.Key, settings.Get(pair.Key) ?? pair.Value)), StringComparer.Ordinal)
        {
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FUNCTIONS_WORKER_RUNTIME"] = "custom",
            ["AzureWebJobsScriptRoot"] = scriptRoot.Directory,
        };

        var workingDirectory = string.IsNullOrWhiteSpace(description.WorkingDirectory)
            ? scriptRoot.Directory
            : Path.GetFullPath(description.WorkingDirectory, scriptRoot.Directory);

        return new HandlerLaunchSpec(
            ResolveExecutable(description.DefaultExecutablePath, scriptRoot.Directory),
            description.Arguments,
            workingDirectory,
            environment,
            port);
    }

    /// <summary>A path relative to the script root if such a file exists there, otherwise the name as given (found on PATH).</summary>
    public static string ResolveExecutable(string defaultExecutablePath, string scriptRootDirectory)
    {
        var candidate = Path.GetFullPath(defaultExecutablePath, scriptRootDirectory);
        if (File.Exists(candidate))
        {
            return candidate;
        }

        if (OperatingSystem.IsWindows() && File.Exists(candidate + ".exe"))
        {
            return candidate + ".exe";
        }

        return defaultExecutablePath;
    }
}
