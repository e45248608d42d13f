using System.Text.Json.Nodes;
using BackOffice.TestSupport;

namespace BackOffice.Functions.Tests.Hosting;

/// <summary>The repository's host.json, read against what the real host and its extensions read.</summary>
public sealed class HostJsonTests
{
    /// <summary>
    /// extensions.serviceBus as the 4.x extension bundle's Service Bus extension (v5) binds it onto ServiceBusOptions
    /// (azure-sdk-for-net, Microsoft.Azure.WebJobs.Extensions.ServiceBus/src/Config/ServiceBusOptions.cs;
    /// https://learn.microsoft.com/azure/azure-functions/functions-bindings-service-bus#hostjson-settings).
    /// </summary>
    private static readonly HashSet<string> ServiceBusV5Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        "clientRetryOptions", "prefetchCount", "transportType", "webProxy", "autoCompleteMessages", "maxAutoLockRenewalDuration",
        "maxConcurrentCalls", "maxConcurrentSessions", "maxConcurrentCallsPerSession", "maxMessageBatchSize", "minMessageBatchSize",
        "maxBatchWaitTime", "sessionIdleTimeout", "enableCrossEntityTransactions",
    };

    /// <summary>The Service Bus extension v4 shape, which v5 reads only as a fallback for a few of its values.</summary>
    private static readonly string[] ServiceBusV4Sections = ["messageHandlerOptions", "sessionHandlerOptions", "batchOptions"];

    private static readonly JsonObject HostJson = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(LocalSettings.RepoRoot(), "host.json")))!;

    [Fact]
    public void ServiceBus_WhenRead_UsesOnlyKeysTheV5ExtensionBinds()
    {
        var keys = ServiceBus().Select(property => property.Key).ToList();

        Assert.All(keys, key => Assert.Contains(key, ServiceBusV5Keys));
        Assert.DoesNotContain(keys, key => ServiceBusV4Sections.Contains(key, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void ServiceBus_WhenRead_CompletesOnSuccessAndHandlesASessionOneMessageAtATime()
    {
        Assert.True((bool?)ServiceBus()["autoCompleteMessages"]);
        Assert.Equal(1, (int?)ServiceBus()["maxConcurrentCallsPerSession"]);
        Assert.True((int?)ServiceBus()["maxConcurrentSessions"] > 1);
    }

    [Fact]
    public void ServiceBus_WhenRead_RenewsTheLockForLongerThanAnyInvocationMayRun()
    {
        var renewal = TimeSpan.Parse((string)ServiceBus()["maxAutoLockRenewalDuration"]!, System.Globalization.CultureInfo.InvariantCulture);
        var functionTimeout = TimeSpan.Parse((string)HostJson["functionTimeout"]!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(renewal > functionTimeout, $"maxAutoLockRenewalDuration {renewal} must exceed functionTimeout {functionTimeout}");
    }

    [Fact]
    public void CustomHandler_WhenRead_ProxiesHttpRequests()
    {
        var customHandler = HostJson["customHandler"]!.AsObject();

        Assert.True((bool?)customHandler["enableProxyingHttpRequest"]);
        Assert.False(customHandler.ContainsKey("enableForwardingHttpRequest"));
        Assert.Equal("[4.*, 5.0.0)", (string?)HostJson["extensionBundle"]!["version"]);
    }

    private static JsonObject ServiceBus() => HostJson["extensions"]!["serviceBus"]!.AsObject();
}
