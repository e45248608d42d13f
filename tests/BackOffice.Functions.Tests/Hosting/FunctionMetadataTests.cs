using System.Text.Json.Nodes;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Tests.Hosting;

public sealed class FunctionMetadataTests
{
    [Fact]
    public void FunctionJson_WhenTransportIsStorageQueues_DeclaresAQueueTriggerOnTheHostStorage()
    {
        var binding = TriggerBinding("OrderMessages", MessagingTransportName.StorageQueues);

        Assert.Equal("queueTrigger", (string?)binding["type"]);
        Assert.Equal("order-messages", (string?)binding["queueName"]);
        Assert.Equal("AzureWebJobsStorage", (string?)binding["connection"]);
    }

    [Fact]
    public void FunctionJson_WhenTransportIsServiceBus_DeclaresASessionfulServiceBusTrigger()
    {
        var binding = TriggerBinding("OrderMessages", MessagingTransportName.ServiceBus);

        Assert.Equal("serviceBusTrigger", (string?)binding["type"]);
        Assert.Equal("order-messages", (string?)binding["queueName"]);
        Assert.Equal("ServiceBusConnection", (string?)binding["connection"]);
        Assert.True((bool?)binding["isSessionsEnabled"]);
    }

    [Fact]
    public void FunctionJson_WhenHttpFunction_HasTriggerAndResOutputForForwarding()
    {
        var bindings = FunctionMetadataWriter.FunctionJson(Definition("HubOrderWebhook"), MessagingTransportName.StorageQueues)["bindings"]!.AsArray();

        Assert.Equal(2, bindings.Count);
        Assert.Equal(("httpTrigger", "webhooks/orders", "post"), ((string?)bindings[0]!["type"], (string?)bindings[0]!["route"], (string?)bindings[0]!["methods"]![0]));
        Assert.Equal(("http", "out", "res"), ((string?)bindings[1]!["type"], (string?)bindings[1]!["direction"], (string?)bindings[1]!["name"]));
    }

    [Fact]
    public void FunctionJson_WhenTimerFunction_CarriesTheSixFieldSchedule()
    {
        var binding = TriggerBinding("OutboxSweep", MessagingTransportName.StorageQueues);

        Assert.Equal(("timerTrigger", "*/30 * * * * *"), ((string?)binding["type"], (string?)binding["schedule"]));
    }

    [Fact]
    public void FunctionJson_WhenTransportIsUnknown_Throws()
    {
        Assert.Throws<ArgumentException>(() => FunctionMetadataWriter.Render(Definition("OrderMessages"), "Kafka"));
    }

    [Fact]
    public void BuildOutput_WhenBuilt_HoldsExactlyTheGeneratedFunctionJsonOfEveryFunction()
    {
        // The test project's output folder carries the function app's build output; its function.json files must be
        // exactly what the catalog generates today, and no function may be missing or left over.
        var scriptRoot = FunctionAppOutput();
        var onDisk = Directory.EnumerateDirectories(scriptRoot)
            .Where(folder => File.Exists(Path.Combine(folder, "function.json")))
            .ToDictionary(folder => Path.GetFileName(folder)!, folder => File.ReadAllText(Path.Combine(folder, "function.json")));

        Assert.Equal(FunctionCatalog.All.Select(definition => definition.Name).Order(), onDisk.Keys.Order());
        Assert.All(FunctionCatalog.All, definition =>
            Assert.Equal(FunctionMetadataWriter.Render(definition, MessagingTransportName.StorageQueues), onDisk[definition.Name]));
        Assert.True(File.Exists(Path.Combine(scriptRoot, "host.json")));
    }

    [Fact]
    public void WriteAll_WhenAFunctionWasRemoved_DeletesItsFolder()
    {
        var root = Directory.CreateTempSubdirectory("script-root-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "Gone"));
        File.WriteAllText(Path.Combine(root, "Gone", "function.json"), "{}");
        Directory.CreateDirectory(Path.Combine(root, "schemas"));

        FunctionMetadataWriter.WriteAll(root, MessagingTransportName.ServiceBus, FunctionCatalog.All);

        Assert.False(Directory.Exists(Path.Combine(root, "Gone")));
        Assert.True(Directory.Exists(Path.Combine(root, "schemas")));
        Assert.Contains("serviceBusTrigger", File.ReadAllText(Path.Combine(root, "OrderMessages", "function.json")));
    }

    [Fact]
    public void Catalog_WhenListed_HasUniqueNamesAndRoutes()
    {
        Assert.Equal(FunctionCatalog.All.Count, FunctionCatalog.All.Select(definition => definition.Name).Distinct().Count());
        var routes = FunctionCatalog.All.Select(definition => definition.Trigger).OfType<HttpTrigger>()
            .SelectMany(http => http.Methods.Select(method => $"{method} {http.Route}")).ToList();
        Assert.Equal(routes.Count, routes.Distinct().Count());
    }

    private static FunctionDefinition Definition(string name) => FunctionCatalog.All.Single(definition => definition.Name == name);

    private static JsonNode TriggerBinding(string name, string transport) =>
        FunctionMetadataWriter.FunctionJson(Definition(name), transport)["bindings"]![0]!;

    private static string FunctionAppOutput()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var repoRoot = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repoRoot.FullName, "host.json")) || !Directory.Exists(Path.Combine(repoRoot.FullName, "functions")))
        {
            repoRoot = repoRoot.Parent ?? throw new DirectoryNotFoundException($"No repository root above {AppContext.BaseDirectory}.");
        }

        return Path.Combine(repoRoot.FullName, "functions", "BackOffice.Functions", "bin", configuration, "net10.0");
    }
}
