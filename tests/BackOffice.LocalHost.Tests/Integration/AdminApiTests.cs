using System.Text.Json;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BackOffice.LocalHost.Tests.Support;

namespace BackOffice.LocalHost.Tests.Integration;

public sealed class AdminApiTests : IAsyncLifetime
{
    private readonly string _queueName = Azurite.UniqueQueueName("admin");
    private FakeHandler _handler = null!;
    private TestScriptRoot _root = null!;

    public async Task InitializeAsync()
    {
        await Azurite.RequireAsync();
        _handler = await FakeHandler.StartAsync();
        _root = new TestScriptRoot(HostJson.Fast())
            .WithFunction("OrdersWebhook", """{"bindings":[{"type":"httpTrigger","direction":"in","name":"req","route":"webhooks/orders"}]}""")
            .WithFunction("OutboxSweep", """{"bindings":[{"type":"timerTrigger","direction":"in","name":"timer","schedule":"0 0 0 1 1 *"}]}""")
            .WithFunction("ProcessOrder", """{"bindings":[{"type":"queueTrigger","direction":"in","name":"message","queueName":"%Queue%"}]}""")
            .WithSettings($$$"""{"Values":{"AzureWebJobsStorage":"{{{Azurite.ConnectionString}}}","Queue":"{{{_queueName}}}"}}""");
    }

    public async Task DisposeAsync()
    {
        await _handler.DisposeAsync();
        _root.Dispose();
    }

    [Fact]
    public async Task Status_reports_running_and_all_functions()
    {
        await using var host = await TestHost.StartAsync(_root.Load(), _handler.Launcher);
        using var client = new HttpClient { BaseAddress = host.Address };

        var status = JsonNode.Parse(await client.GetStringAsync("admin/host/status"))!;

        Assert.Equal("Running", (string?)status["state"]);
        Assert.Equal(["OrdersWebhook", "OutboxSweep", "ProcessOrder"], status["functions"]!.AsArray().Select(f => (string?)f));
    }

    [Fact]
    public async Task Timer_function_runs_in_the_background_with_timer_info()
    {
        await using var host = await TestHost.StartAsync(_root.Load(), _handler.Launcher);
        using var client = new HttpClient { BaseAddress = host.Address };

        using var response = await client.PostAsync("admin/functions/OutboxSweep", null);
        await Eventually.HoldsAsync(() => !_handler.Invocations.IsEmpty, "the timer function is invoked");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var (function, body) = Assert.Single(_handler.Invocations);
        Assert.Equal("OutboxSweep", function);
        var timer = body["Data"]!["timer"]!;
        Assert.False((bool)timer["IsPastDue"]!);
        Assert.True((bool)timer["Schedule"]!["AdjustForDST"]!);
        Assert.StartsWith(DateTime.UtcNow.Year + 1 + "-01-01T00:00:00", (string?)timer["ScheduleStatus"]!["Next"]);
        Assert.Equal("OutboxSweep", (string?)body["Metadata"]!["sys"]!["MethodName"]);
    }

    [Fact]
    public async Task Queue_function_gets_the_input_with_fresh_message_metadata()
    {
        await using var host = await TestHost.StartAsync(_root.Load(), _handler.Launcher);
        using var client = new HttpClient { BaseAddress = host.Address };

        using var response = await client.PostAsync("admin/functions/processorder", new StringContent("""{"input":"{\"orderId\":1}"}""", Encoding.UTF8, "application/json"));
        await Eventually.HoldsAsync(() => !_handler.Invocations.IsEmpty, "the queue function is invoked");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = Assert.Single(_handler.Invocations).Body;
        Assert.Equal("""{"orderId":1}""", JsonSerializer.Deserialize<string>((string)body["Data"]!["message"]!));
        Assert.Equal("1", (string?)body["Metadata"]!["DequeueCount"]);
        Assert.True(Guid.TryParse(JsonSerializer.Deserialize<string>((string)body["Metadata"]!["Id"]!), out _));
    }

    [Theory]
    [InlineData("Nope")]
    [InlineData("OrdersWebhook")]
    public async Task Unknown_or_http_function_is_404_with_json_error(string name)
    {
        await using var host = await TestHost.StartAsync(_root.Load(), _handler.Launcher);
        using var client = new HttpClient { BaseAddress = host.Address };

        using var response = await client.PostAsync($"admin/functions/{name}", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(name, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]);
        Assert.Empty(_handler.Invocations);
    }
}
