using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Tests.Configuration;

public class HostJsonParserTests
{
    [Fact]
    public void Reads_the_repository_host_json()
    {
        var host = HostJsonParser.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "host.json")));

        Assert.Equal("BackOffice.Functions", host.Handler.DefaultExecutablePath);
        Assert.Equal(string.Empty, host.Handler.WorkingDirectory);
        Assert.Empty(host.Handler.Arguments);
        Assert.Equal(HttpForwardingMode.Proxy, host.HttpMode);
        Assert.Equal(TimeSpan.FromMinutes(5), host.FunctionTimeout);
        Assert.Equal("api", host.RoutePrefix);
        Assert.Equal(TimeSpan.FromSeconds(2), host.Queues.MaxPollingInterval);
        Assert.Equal(TimeSpan.FromSeconds(5), host.Queues.VisibilityTimeout);
        Assert.Equal(16, host.Queues.BatchSize);
        Assert.Equal(8, host.Queues.NewBatchThreshold);
        Assert.Equal(5, host.Queues.MaxDequeueCount);
        Assert.Equal(QueueMessageEncoding.None, host.Queues.MessageEncoding);
    }

    [Theory]
    [InlineData("\"enableForwardingHttpRequest\": true", HttpForwardingMode.Forward)]
    [InlineData("\"enableProxyingHttpRequest\": true", HttpForwardingMode.Proxy)]
    [InlineData("\"enableForwardingHttpRequest\": true, \"enableProxyingHttpRequest\": true", HttpForwardingMode.Proxy)]
    public void Proxying_wins_over_forwarding_as_in_the_host(string settings, HttpForwardingMode expected)
    {
        var host = HostJsonParser.Parse($$"""{ "customHandler": { "description": { "defaultExecutablePath": "app" }, {{settings}} } }""");

        Assert.Equal(expected, host.HttpMode);
    }

    [Fact]
    public void Applies_the_real_hosts_defaults()
    {
        var host = HostJsonParser.Parse("""{ "customHandler": { "description": { "defaultExecutablePath": "app" } } }""");

        Assert.Equal(HttpForwardingMode.None, host.HttpMode);
        Assert.Equal(TimeSpan.FromMinutes(5), host.FunctionTimeout);
        Assert.Equal("api", host.RoutePrefix);
        Assert.Equal(TimeSpan.FromMinutes(1), host.Queues.MaxPollingInterval);
        Assert.Equal(TimeSpan.Zero, host.Queues.VisibilityTimeout);
        Assert.Equal(16, host.Queues.BatchSize);
        Assert.Equal(5, host.Queues.MaxDequeueCount);
        Assert.Equal(QueueMessageEncoding.Base64, host.Queues.MessageEncoding);
    }

    [Fact]
    public void Reads_arguments_empty_route_prefix_and_unlimited_timeout()
    {
        var host = HostJsonParser.Parse("""
            {
              // comments are allowed, as in the real host
              "functionTimeout": "-1",
              "customHandler": { "description": { "defaultExecutablePath": "node", "workingDirectory": "app", "arguments": ["server.js", "--x"] } },
              "extensions": { "http": { "routePrefix": "" }, "queues": { "batchSize": 4 } },
            }
            """);

        Assert.Equal(["server.js", "--x"], host.Handler.Arguments);
        Assert.Equal("app", host.Handler.WorkingDirectory);
        Assert.Null(host.FunctionTimeout);
        Assert.Equal(string.Empty, host.RoutePrefix);
        Assert.Equal(2 * Environment.ProcessorCount, host.Queues.NewBatchThreshold);
    }

    [Theory]
    [InlineData("""{ "version": "2.0" }""", "customHandler")]
    [InlineData("""{ "customHandler": { "description": { "defaultExecutablePath": "" } } }""", "defaultExecutablePath")]
    [InlineData("""{ "customHandler": { "description": { "defaultExecutablePath": "a" } }, "extensions": { "queues": { "messageEncoding": "utf8" } } }""", "messageEncoding")]
    [InlineData("""{ "functionTimeout": "soon", "customHandler": { "description": { "defaultExecutablePath": "a" } } }""", "functionTimeout")]
    [InlineData("""not json""", "not valid JSON")]
    public void Rejects_unusable_host_json(string json, string expectedInMessage)
    {
        var error = Assert.Throws<HostConfigurationException>(() => HostJsonParser.Parse(json));

        Assert.Contains(expectedInMessage, error.Message);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("Repository root not found.");
        }

        return directory.FullName;
    }
}
