using System.Diagnostics;
using System.Reflection;

namespace BackOffice.Deployment.Tests.Infra;

/// <summary>The bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package this project references.</summary>
public static class BicepCli
{
    public static string InfraDirectory => Path.Combine(LocalSettings.RepoRoot(), "infra");

    private static string Executable =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "BicepPath").Value
            is { Length: > 0 } path ? path : throw new InvalidOperationException("The build did not record BicepPath: is the bicep package restored?");

    /// <returns>The exit code and what the CLI printed: its result on stdout, its diagnostics on stderr.</returns>
    public static async Task<(int ExitCode, string Output, string Diagnostics)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = InfraDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var diagnostics = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await diagnostics);
    }
}
