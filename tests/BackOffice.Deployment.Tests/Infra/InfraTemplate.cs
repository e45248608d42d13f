using System.Text.Json.Nodes;

namespace BackOffice.Deployment.Tests.Infra;

/// <summary>
/// infra/ built once for all tests: the ARM JSON of resources.bicep (every resource of the hub), the parameters of
/// each profile, and what the linter said about main.bicep and both parameter files.
/// </summary>
public sealed class InfraTemplate : IAsyncLifetime
{
    public static readonly string[] Profiles = ["main.dev.bicepparam", "main.prod.bicepparam"];

    public JsonObject Arm { get; private set; } = [];

    /// <summary>monitoring.bicep on its own: the workbook, the action group and the alerts (a module of resources.bicep).</summary>
    public JsonObject MonitoringArm { get; private set; } = [];

    public string ArmText { get; private set; } = "";

    public IReadOnlyDictionary<string, JsonObject> Parameters { get; private set; } = new Dictionary<string, JsonObject>();

    public IReadOnlyList<(string File, int ExitCode, string Diagnostics)> Lint { get; private set; } = [];

    public IReadOnlyList<JsonObject> Resources => [.. Arm["resources"]!.AsArray().Select(resource => resource!.AsObject())];

    public async Task InitializeAsync()
    {
        var build = BicepCli.RunAsync("build", "resources.bicep", "--stdout");
        var monitoring = BicepCli.RunAsync("build", "monitoring.bicep", "--stdout");
        var parameters = Profiles.Select(profile => BicepCli.RunAsync("build-params", profile, "--stdout")).ToList();
        var lint = new[] { "main.bicep" }.Concat(Profiles).Select(async file => (file, await BicepCli.RunAsync("lint", file))).ToList();

        var built = await build;
        Assert.True(built.ExitCode == 0, built.Diagnostics);
        ArmText = built.Output;
        Arm = JsonNode.Parse(built.Output)!.AsObject();
        var builtMonitoring = await monitoring;
        Assert.True(builtMonitoring.ExitCode == 0, builtMonitoring.Diagnostics);
        MonitoringArm = JsonNode.Parse(builtMonitoring.Output)!.AsObject();

        var profiles = new Dictionary<string, JsonObject>();
        foreach (var (profile, result) in Profiles.Zip(await Task.WhenAll(parameters)))
        {
            Assert.True(result.ExitCode == 0, result.Diagnostics);
            var parametersJson = JsonNode.Parse(result.Output)!["parametersJson"]!.GetValue<string>();
            profiles[profile] = JsonNode.Parse(parametersJson)!["parameters"]!.AsObject();
        }

        Parameters = profiles;
        Lint = [.. (await Task.WhenAll(lint)).Select(result => (result.file, result.Item2.ExitCode, result.Item2.Diagnostics + result.Item2.Output))];
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public IReadOnlyList<JsonObject> OfType(string type) =>
        [.. Resources.Where(resource => string.Equals((string?)resource["type"], type, StringComparison.OrdinalIgnoreCase))];

    public JsonObject Single(string type) => Assert.Single(OfType(type));

    /// <summary>The one resource of a type whose name ends with <paramref name="name"/> (e.g. a site's config 'appsettings').</summary>
    public JsonObject Named(string type, string name) =>
        Assert.Single(OfType(type), resource => ((string)resource["name"]!).EndsWith($"'{name}')]", StringComparison.Ordinal));

    public string Text(string variable) => Variable(variable).GetValue<string>();

    public JsonNode Variable(string name) => Arm["variables"]![name] ?? throw new KeyNotFoundException($"resources.bicep has no variable '{name}'.");
}
