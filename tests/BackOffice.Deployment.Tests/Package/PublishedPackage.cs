using System.Diagnostics;
using System.IO.Compression;

namespace BackOffice.Deployment.Tests.Package;

/// <summary>The package tools/publish.sh builds, built once for the tests (a Release, self-contained linux-x64, ReadyToRun publish).</summary>
public sealed class PublishedPackage : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("backoffice-package-").FullName;

    public string ZipPath => Path.Combine(_directory, "backoffice.zip");

    /// <summary>The package unpacked as the platform mounts it: the script root the Functions host reads.</summary>
    public string ScriptRoot => Path.Combine(_directory, "wwwroot");

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(LocalSettings.RepoRoot(), "tools", "publish.sh"), ZipPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(9));
        await publish.WaitForExitAsync(timeout.Token);
        Assert.True(publish.ExitCode == 0, $"tools/publish.sh failed: {await output}{await errors}");

        // .NET restores the entries' Unix permissions, as the platform's mount of the zip keeps them.
        ZipFile.ExtractToDirectory(ZipPath, ScriptRoot);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
