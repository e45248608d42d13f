using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;
using BackOffice.Functions.Hosting;

namespace BackOffice.Deployment.Tests.Package;

/// <summary>
/// Opens the deployable package as the Functions host would: host.json at the root, every function's function.json
/// in its folder, and the custom handler that host.json names, started from there until its health endpoint answers.
/// </summary>
public sealed class PublishedPackageTests(PublishedPackage package) : IClassFixture<PublishedPackage>
{
    private const int ExecutableBits = 0b001_001_001;

    [Fact]
    public void Package_WhenOpened_HasTheRepositoryHostJsonAtItsRoot()
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);
        var entry = zip.GetEntry("host.json");

        Assert.NotNull(entry);
        using var reader = new StreamReader(entry.Open());
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse(File.ReadAllText(Path.Combine(LocalSettings.RepoRoot(), "host.json"))), JsonNode.Parse(reader.ReadToEnd())));
    }

    [Fact]
    public void Package_WhenOpened_HasEveryFunctionsFunctionJsonWithTheServiceBusTrigger()
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);
        var folders = zip.Entries.Where(entry => entry.Name == "function.json").Select(entry => entry.FullName.Split('/')[0]).ToHashSet();

        Assert.Equal(FunctionCatalog.All.Select(definition => definition.Name).ToHashSet(), folders);
        foreach (var definition in FunctionCatalog.All)
        {
            using var reader = new StreamReader(zip.GetEntry($"{definition.Name}/function.json")!.Open());
            Assert.True(
                JsonNode.DeepEquals(FunctionMetadataWriter.FunctionJson(definition, MessagingTransportName.ServiceBus), JsonNode.Parse(reader.ReadToEnd())),
                $"{definition.Name}/function.json differs from the catalog's Service Bus rendering.");
        }

        Assert.Contains(zip.Entries, entry => entry.FullName.EndsWith("function.json", StringComparison.Ordinal)
            && new StreamReader(entry.Open()).ReadToEnd().Contains("\"serviceBusTrigger\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_WhenOpened_CarriesTheHandlerAsAnExecutableLinuxBinaryWithItsRuntime()
    {
        var executable = DefaultExecutablePath();
        using var zip = ZipFile.OpenRead(package.ZipPath);
        var handler = zip.GetEntry(executable);

        Assert.NotNull(handler);
        Assert.True(((handler.ExternalAttributes >> 16) & ExecutableBits) == ExecutableBits, $"{executable} is not executable in the zip.");
        using var stream = handler.Open();
        var magic = new byte[4];
        stream.ReadExactly(magic);
        Assert.Equal([0x7F, (byte)'E', (byte)'L', (byte)'F'], magic);
        // Self-contained: the runtime travels with the handler, so the image needs no .NET of its own.
        Assert.NotNull(zip.GetEntry("libcoreclr.so"));
        Assert.NotNull(zip.GetEntry("Microsoft.AspNetCore.dll"));
    }

    [Theory]
    [InlineData("BackOffice.Functions.dll")]
    [InlineData("BackOffice.Application.dll")]
    [InlineData("Microsoft.Azure.Cosmos.Client.dll")]
    public void Package_WhenOpened_CarriesOurAssembliesAndThePackagesCompiledReadyToRun(string assembly)
    {
        // A ReadyToRun image carries its precompiled code behind the CLI header's managed native header; an IL-only
        // assembly has none, and a new instance would jit its start-up instead.
        using var stream = File.OpenRead(Path.Combine(package.ScriptRoot, assembly));
        using var reader = new PEReader(stream);

        Assert.True(reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} is not ReadyToRun.");
    }

    [Fact]
    public async Task Handler_WhenStartedFromThePackageAsTheHostDoes_AnswersItsHealthEndpoint()
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Path.Combine(package.ScriptRoot, DefaultExecutablePath()))
        {
            WorkingDirectory = package.ScriptRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in LocalSettingsValues())
        {
            start.Environment[name] = value;
        }

        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The package is built for Service Bus; the client is made without connecting, so a namespace name is enough.
        start.Environment["Messaging__Transport"] = MessagingTransportName.ServiceBus;
        start.Environment["ServiceBusConnection__fullyQualifiedNamespace"] = "backoffice-test.servicebus.windows.net";

        using var handler = Process.Start(start)!;
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        handler.OutputDataReceived += (_, line) => log.Enqueue(line.Data ?? "");
        handler.ErrorDataReceived += (_, line) => log.Enqueue(line.Data ?? "");
        handler.BeginOutputReadLine();
        handler.BeginErrorReadLine();
        try
        {
            var answer = await HealthAsync(port, handler);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"health answered {(int)answer.StatusCode}: {answer.Body}\n{string.Join('\n', log)}");
            Assert.Contains("cosmos", answer.Body, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            handler.Kill(entireProcessTree: true);
            await handler.WaitForExitAsync();
        }
    }

    private string DefaultExecutablePath()
    {
        var hostJson = JsonNode.Parse(File.ReadAllText(Path.Combine(package.ScriptRoot, "host.json")))!;
        return (string)hostJson["customHandler"]!["description"]!["defaultExecutablePath"]!;
    }

    private static async Task<(HttpStatusCode StatusCode, string Body)> HealthAsync(int port, Process handler)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (true)
        {
            Assert.False(handler.HasExited, $"The handler exited with {(handler.HasExited ? handler.ExitCode : 0)} before answering.");
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/api/health"));
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (HttpRequestException) when (DateTimeOffset.UtcNow < deadline)
            {
                // Not listening yet: the host too waits for the handler's port before it forwards anything.
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        }
    }

    private static IEnumerable<(string Name, string Value)> LocalSettingsValues()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(LocalSettings.RepoRoot(), "local.settings.json")))!;
        return document["Values"]!.AsObject().Select(pair => (pair.Key, (string?)pair.Value ?? ""));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
