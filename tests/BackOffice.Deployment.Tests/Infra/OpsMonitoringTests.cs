using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BackOffice.Application.Ops.Overview;
using BackOffice.Functions.Hosting;

namespace BackOffice.Deployment.Tests.Infra;

/// <summary>
/// What ops get in Azure: the workbook and alerts run the query files of infra/queries as they are (the same text
/// docs/ops.md shows), alerts reach the ops e-mail, and sign-in guards exactly the ops routes.
/// </summary>
public sealed partial class OpsMonitoringTests(InfraTemplate infra) : IClassFixture<InfraTemplate>
{
    private static string QueriesDirectory => Path.Combine(BicepCli.InfraDirectory, "queries");

    [Fact]
    public void Workbook_WhenBuilt_AnswersEachOpsQuestionWithItsQueryFileAsItIs()
    {
        var queries = LoadedQueries();
        var sections = infra.MonitoringArm["variables"]!["workbookSections"]!.AsArray().Select(section => section!.AsObject()).ToList();
        var workbook = Resource("Microsoft.Insights/workbooks");

        Assert.Equal(
            ["orders-per-status", "stuck-orders", "time-in-status", "partner-calls", "dead-letters", "webhook-ack", "failures-by-function"],
            sections.Select(section => (string)section["name"]!));
        Assert.All(sections, section => Assert.Contains((string)section["query"]!, queries.Keys));
        Assert.Equal("[string(variables('workbookContent'))]", (string?)workbook["properties"]!["serializedData"]);
        Assert.Equal("[parameters('insightsId')]", (string?)workbook["properties"]!["sourceId"]);
    }

    [Fact]
    public void Alerts_WhenBuilt_WatchDeadLettersPartnerErrorsAndStuckOrdersAndMailTheActionGroup()
    {
        var queries = LoadedQueries();
        var alerts = infra.MonitoringArm["variables"]!["alerts"]!.AsArray().Select(alert => alert!.AsObject()).ToDictionary(alert => (string)alert["name"]!);
        var rule = Resource("Microsoft.Insights/scheduledQueryRules");
        var actionGroup = Resource("Microsoft.Insights/actionGroups");

        Assert.Equal(["dead-letters", "partner-error-rate", "stuck-orders"], alerts.Keys);
        Assert.Equal("dead-letters.kql", queries[(string)alerts["dead-letters"]["query"]!]);
        Assert.Equal("partner-error-rate.kql", queries[(string)alerts["partner-error-rate"]["query"]!]);
        Assert.Equal("stuck-orders.kql", queries[(string)alerts["stuck-orders"]["query"]!]);
        // Dead letters and stuck orders: any row alerts. Partner errors: the rate column over the threshold parameter.
        Assert.Equal(0, (int)alerts["dead-letters"]["threshold"]!);
        Assert.Equal(0, (int)alerts["stuck-orders"]["threshold"]!);
        Assert.Equal("error_rate", (string?)alerts["partner-error-rate"]["measure"]);
        Assert.Equal("[parameters('partnerErrorRatePercent')]", (string?)alerts["partner-error-rate"]["threshold"]);
        Assert.Contains("error_rate", File.ReadAllText(Path.Combine(QueriesDirectory, "partner-error-rate.kql")), StringComparison.Ordinal);

        Assert.Equal("LogAlert", (string?)rule["kind"]);
        Assert.Equal("[parameters('insightsId')]", (string?)rule["properties"]!["scopes"]![0]);
        Assert.Contains("actionGroups", (string)rule["properties"]!["actions"]!["actionGroups"]![0]!, StringComparison.Ordinal);
        Assert.Contains("parameters('alertEmail')", (string)actionGroup["properties"]!["emailReceivers"]!, StringComparison.Ordinal);
        Assert.Contains("ops", infra.Arm["parameters"]!.AsObject().Select(pair => pair.Key));
        Assert.All(infra.Parameters.Values, profile => Assert.NotNull(profile["ops"]!["value"]!["alertEmail"]));
    }

    [Fact]
    public void QueryFiles_WhenComparedWithTheApp_UseItsStuckExpectationsAndDeliveryCount()
    {
        var stuck = File.ReadAllText(Path.Combine(QueriesDirectory, "stuck-orders.kql"));
        var expected = StuckExpectation().Matches(stuck).ToDictionary(match => match.Groups["status"].Value, match => Duration(match.Groups["span"].Value));
        Assert.Equal(StuckThresholds.Defaults.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value), expected);

        var hostJson = JsonNode.Parse(File.ReadAllText(Path.Combine(LocalSettings.RepoRoot(), "host.json")))!;
        var lastDelivery = LastDelivery().Match(File.ReadAllText(Path.Combine(QueriesDirectory, "dead-letters.kql")));
        Assert.True(lastDelivery.Success);
        Assert.Equal((int)hostJson["extensions"]!["queues"]!["maxDequeueCount"]!, int.Parse(lastDelivery.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void OpsDoc_WhenRead_NamesEachQueryFileAndShowsItsText()
    {
        var doc = File.ReadAllText(Path.Combine(LocalSettings.RepoRoot(), "docs", "ops.md")).ReplaceLineEndings("\n");

        Assert.All(Directory.GetFiles(QueriesDirectory, "*.kql"), file =>
        {
            Assert.Contains($"infra/queries/{Path.GetFileName(file)}", doc, StringComparison.Ordinal);
            Assert.Contains(File.ReadAllText(file).ReplaceLineEndings("\n").Trim(), doc, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void SignIn_WhenBuilt_GuardsEveryOpsRouteAndLeavesEveryOtherRouteAnonymous()
    {
        var auth = infra.Named("Microsoft.Web/sites/config", "authsettingsV2");
        var properties = auth["properties"]!;
        var excluded = Strings(infra.Variable("anonymousPaths"));
        var routes = FunctionCatalog.All.Select(definition => definition.Trigger).OfType<HttpTrigger>()
            .Select(trigger => $"/{FunctionEndpoints.RoutePrefix}/{trigger.Route}").ToList();

        Assert.Equal("[variables('signInEnabled')]", (string?)auth["condition"]);
        Assert.True((bool)properties["platform"]!["enabled"]!);
        Assert.True((bool)properties["globalValidation"]!["requireAuthentication"]!);
        Assert.Equal("RedirectToLoginPage", (string?)properties["globalValidation"]!["unauthenticatedClientAction"]);
        Assert.Equal("[variables('anonymousPaths')]", (string?)properties["globalValidation"]!["excludedPaths"]);
        Assert.True((bool)properties["identityProviders"]!["azureActiveDirectory"]!["enabled"]!);
        Assert.Contains("tenant().tenantId", (string)properties["identityProviders"]!["azureActiveDirectory"]!["registration"]!["openIdIssuer"]!, StringComparison.Ordinal);
        Assert.All(routes, route =>
        {
            var anonymous = excluded.Any(path => Covers(path, route));
            Assert.True(anonymous != route.StartsWith("/api/ops", StringComparison.Ordinal), $"{route}: anonymous={anonymous}");
        });
    }

    private static bool Covers(string excludedPath, string route) => excludedPath.EndsWith("/*", StringComparison.Ordinal)
        ? route.StartsWith(excludedPath[..^1], StringComparison.Ordinal)
        : route == excludedPath;

    /// <summary>
    /// The loaded text of each query (bicep keeps a loadTextContent as a variable of its own, <c>$fxv#N</c>) → its file
    /// name, keyed by how the rest of the template refers to it; every loaded text must be the text of a file.
    /// </summary>
    private Dictionary<string, string> LoadedQueries()
    {
        var variables = infra.MonitoringArm["variables"]!.AsObject();
        var files = Directory.GetFiles(QueriesDirectory, "*.kql").ToDictionary(File.ReadAllText, file => Path.GetFileName(file));
        var loaded = variables["queries"]!.AsObject().ToDictionary(pair => pair.Key, pair => Loaded(variables, (string)pair.Value!));
        Assert.All(loaded, pair => Assert.True(files.ContainsKey(pair.Value), $"queries.{pair.Key} is not the text of a file in infra/queries."));
        return loaded.ToDictionary(pair => $"[variables('queries').{pair.Key}]", pair => files[pair.Value]);
    }

    private static string Loaded(JsonObject variables, string value) =>
        LoadedText().Match(value) is { Success: true } reference ? (string)variables[reference.Groups["name"].Value]! : value;

    private JsonObject Resource(string type) =>
        Assert.Single(infra.MonitoringArm["resources"]!.AsArray(), resource => (string?)resource!["type"] == type)!.AsObject();

    private static List<string> Strings(JsonNode node) => [.. node.AsArray().Select(item => (string)item!)];

    private static TimeSpan Duration(string kql) => kql[^1] switch
    {
        'm' => TimeSpan.FromMinutes(int.Parse(kql[..^1], System.Globalization.CultureInfo.InvariantCulture)),
        'h' => TimeSpan.FromHours(int.Parse(kql[..^1], System.Globalization.CultureInfo.InvariantCulture)),
        'd' => TimeSpan.FromDays(int.Parse(kql[..^1], System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new FormatException($"Unexpected KQL timespan '{kql}'."),
    };

    [GeneratedRegex(@"^\[variables\('(?<name>\$fxv#[0-9]+)'\)\]$")]
    private static partial Regex LoadedText();

    [GeneratedRegex("\"(?<status>[A-Za-z]+)\", (?<span>[0-9]+[mhd])")]
    private static partial Regex StuckExpectation();

    [GeneratedRegex(@"toint\(customDimensions\.DeliveryCount\) >= (?<count>[0-9]+)")]
    private static partial Regex LastDelivery();
}
