using System.Text.Json;
using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Queues;
using BackOffice.LocalHost.Tests.Support;

namespace BackOffice.LocalHost.Tests.Integration;

/// <summary>The queue trigger path end to end: Azurite queue -> host -> in-process handler -> Azurite.</summary>
public sealed class QueueTriggerTests : IAsyncLifetime
{
    private readonly string _queueName = Azurite.UniqueQueueName("orders");
    private FakeHandler _handler = null!;

    public async Task InitializeAsync()
    {
        await Azurite.RequireAsync();
        _handler = await FakeHandler.StartAsync();
    }

    public async Task DisposeAsync() => await _handler.DisposeAsync();

    [Fact]
    public async Task Success_passes_the_message_and_metadata_and_deletes_the_message()
    {
        using var root = ScriptRoot(HostJson.Fast());
        var queue = await Azurite.CreateQueueAsync(_queueName);
        var sent = (await queue.SendMessageAsync(new QueueMessageCodec(QueueMessageEncoding.Base64).Encode("""{"orderId":"o-1"}"""))).Value;

        await using var host = await TestHost.StartAsync(root.Load(), _handler.Launcher);
        await Eventually.HoldsAsync(() => !_handler.Invocations.IsEmpty, "the handler is invoked");
        await Eventually.HoldsAsync(async () => await Azurite.CountAsync(queue) == 0, "the message is deleted");

        var (function, body) = Assert.Single(_handler.Invocations);
        Assert.Equal("ProcessOrder", function);
        Assert.Equal("""{"orderId":"o-1"}""", JsonSerializer.Deserialize<string>((string)body["Data"]!["message"]!));
        var metadata = body["Metadata"]!;
        Assert.Equal("1", (string?)metadata["DequeueCount"]);
        Assert.Equal($"\"{sent.MessageId}\"", (string?)metadata["Id"]);
        Assert.StartsWith("\"", (string?)metadata["PopReceipt"]);
        Assert.Equal("\"o-1\"", (string?)metadata["orderId"]);
        Assert.NotNull((string?)metadata["InsertionTime"]);
        Assert.NotNull((string?)metadata["ExpirationTime"]);
        Assert.NotNull((string?)metadata["NextVisibleTime"]);
        Assert.Equal("ProcessOrder", (string?)metadata["sys"]!["MethodName"]);
    }

    [Fact]
    public async Task Always_failing_handler_moves_the_message_to_poison_after_max_dequeue_count()
    {
        _handler.Invoke = (_, _) => (500, "boom");
        using var root = ScriptRoot(HostJson.Fast(maxDequeueCount: 3));
        var queue = await Azurite.CreateQueueAsync(_queueName);
        var poison = await Azurite.CreateQueueAsync(_queueName + "-poison");
        var original = new QueueMessageCodec(QueueMessageEncoding.Base64).Encode("doomed");
        await queue.SendMessageAsync(original);

        await using var host = await TestHost.StartAsync(root.Load(), _handler.Launcher);
        await Eventually.HoldsAsync(async () => await Azurite.CountAsync(poison) == 1, "the message reaches the poison queue");

        Assert.Equal([original], await Azurite.DrainAsync(poison));
        Assert.Equal(0, await Azurite.CountAsync(queue));
        Assert.Equal(["1", "2", "3"], _handler.Invocations.Select(i => (string?)i.Body["Metadata"]!["DequeueCount"]));
    }

    [Fact]
    public async Task Unparseable_answer_fails_the_invocation_and_the_message_is_retried()
    {
        var calls = 0;
        _handler.Invoke = (_, _) => Interlocked.Increment(ref calls) == 1 ? (200, "<html>not json</html>") : (200, "{}");
        using var root = ScriptRoot(HostJson.Fast());
        var queue = await Azurite.CreateQueueAsync(_queueName);
        await queue.SendMessageAsync(new QueueMessageCodec(QueueMessageEncoding.Base64).Encode("retry me"));

        await using var host = await TestHost.StartAsync(root.Load(), _handler.Launcher);
        await Eventually.HoldsAsync(() => _handler.Invocations.Count == 2, "the message is delivered a second time");
        await Eventually.HoldsAsync(async () => await Azurite.CountAsync(queue) == 0, "the message is deleted after the success");

        Assert.Equal("2", (string?)_handler.Invocations.Last().Body["Metadata"]!["DequeueCount"]);
    }

    [Fact]
    public async Task Message_dequeued_more_than_max_times_goes_to_poison_without_invocation()
    {
        using var root = ScriptRoot(HostJson.Fast(maxDequeueCount: 2));
        var queue = await Azurite.CreateQueueAsync(_queueName);
        var poison = await Azurite.CreateQueueAsync(_queueName + "-poison");
        await queue.SendMessageAsync("b2xk");
        for (var i = 0; i < 2; i++)
        {
            // Receive and release again, as crashed consumers would.
            var message = (await queue.ReceiveMessageAsync()).Value;
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, messageText: null, TimeSpan.Zero);
        }

        await using var host = await TestHost.StartAsync(root.Load(), _handler.Launcher);
        await Eventually.HoldsAsync(async () => await Azurite.CountAsync(poison) == 1, "the message reaches the poison queue");

        Assert.Empty(_handler.Invocations);
        Assert.Equal(["b2xk"], await Azurite.DrainAsync(poison));
    }

    [Fact]
    public async Task Queue_outputs_are_enqueued_after_success_with_plain_encoding()
    {
        var orders = _queueName + "-out";
        var audit = _queueName + "-audit";
        _handler.Invoke = (_, _) => (200, """{"Outputs":{"next":["a",{"b":1}],"audit":"single"},"Logs":["handled"],"ReturnValue":null}""");
        using var root = ScriptRoot(
            HostJson.Fast(messageEncoding: "none"),
            $$""",{"type":"queue","direction":"out","name":"next","queueName":"{{orders}}","connection":"AzureWebJobsStorage"},{"type":"queue","direction":"out","name":"audit","queueName":"%AuditQueue%"}""");
        root.WithSettings($$$"""{"IsEncrypted":false,"Values":{"AzureWebJobsStorage":"{{{Azurite.ConnectionString}}}","OrdersQueue":"{{{_queueName}}}","AuditQueue":"{{{audit}}}"}}""");
        var queue = await Azurite.CreateQueueAsync(_queueName);
        await queue.SendMessageAsync("plain text");

        await using var host = await TestHost.StartAsync(root.Load(), _handler.Launcher);
        var output = await Azurite.CreateQueueAsync(orders);
        var auditQueue = await Azurite.CreateQueueAsync(audit);
        await Eventually.HoldsAsync(async () => await Azurite.CountAsync(output) == 2 && await Azurite.CountAsync(auditQueue) == 1, "the outputs are enqueued");

        Assert.Equal("\"plain text\"", (string?)Assert.Single(_handler.Invocations).Body["Data"]!["message"]);
        Assert.Equal(["a", """{"b":1}"""], (await Azurite.DrainAsync(output)).Order());
        Assert.Equal(["single"], await Azurite.DrainAsync(auditQueue));
    }

    [Fact]
    public async Task Outputs_of_a_failed_invocation_are_not_enqueued()
    {
        var output = _queueName + "-out";
        _handler.Invoke = (_, _) => (500, """{"Outputs":{"next":"must not appear"}}""");
        using var root = ScriptRoot(
            HostJson.Fast(maxDequeueCount: 1),
            $$""",{"type":"queue","direction":"out","name":"next","queueName":"{{output}}"}""");
        var queue = await Azurite.CreateQueueAsync(_queueName);
        var poison = await Azurite.CreateQueueAsync(_queueName + "-poison");
        await queue.SendMessageAsync("eA==");

        await using var host = await TestHost.StartAsync(root.Load(), _handler.Launcher);
        await Eventually.HoldsAsync(async () => await Azurite.CountAsync(poison) == 1, "the failed message is poisoned");

        Assert.Equal(0, await Azurite.CountAsync(await Azurite.CreateQueueAsync(output)));
    }

    private TestScriptRoot ScriptRoot(string hostJson, string extraBindings = "")
    {
        return new TestScriptRoot(hostJson)
            .WithFunction("ProcessOrder", $$"""
                {"bindings":[{"type":"queueTrigger","direction":"in","name":"message","queueName":"%OrdersQueue%","connection":"AzureWebJobsStorage"}{{extraBindings}}]}
                """)
            .WithSettings($$$"""{"IsEncrypted":false,"Values":{"AzureWebJobsStorage":"{{{Azurite.ConnectionString}}}","OrdersQueue":"{{{_queueName}}}"}}""");
    }
}
