using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Tests.Configuration;

public class FunctionJsonParserTests
{
    private readonly AppSettings _settings = new(
        new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = "storage",
            ["QueueName"] = "Order-Messages",
            ["OutboxSweep__Schedule"] = "*/30 * * * * *",
        },
        _ => null);

    [Fact]
    public void Http_trigger_with_route_and_methods()
    {
        var function = FunctionJsonParser.Parse("OrdersWebhook", """
            {"bindings":[{"type":"httpTrigger","direction":"in","name":"req","methods":["post","Get"],"route":"/webhooks/orders","authLevel":"anonymous"},{"type":"http","direction":"out","name":"res"}]}
            """, _settings);

        var trigger = Assert.IsType<HttpTriggerBinding>(function.Trigger);
        Assert.Equal("webhooks/orders", trigger.Route);
        Assert.Equal(["POST", "GET"], trigger.Methods);
        Assert.Empty(function.QueueOutputs);
    }

    [Fact]
    public void Http_trigger_without_route_uses_the_function_name()
    {
        var function = FunctionJsonParser.Parse("Health", """{"bindings":[{"type":"httpTrigger","direction":"in","name":"req"}]}""", _settings);

        var trigger = Assert.IsType<HttpTriggerBinding>(function.Trigger);
        Assert.Equal("Health", trigger.Route);
        Assert.Empty(trigger.Methods);
    }

    [Fact]
    public void Queue_trigger_resolves_queue_name_and_default_connection_and_collects_queue_outputs()
    {
        var function = FunctionJsonParser.Parse("ProcessOrder", """
            {"bindings":[
              {"type":"queueTrigger","direction":"in","name":"message","queueName":"%QueueName%"},
              {"type":"queue","direction":"out","name":"next","queueName":"next-step","connection":"AzureWebJobsStorage"},
              {"type":"blob","direction":"out","name":"ignored","path":"x/y"}
            ]}
            """, _settings);

        var trigger = Assert.IsType<QueueTriggerBinding>(function.Trigger);
        Assert.Equal("message", trigger.Name);
        Assert.Equal("order-messages", trigger.QueueName);
        Assert.Equal("order-messages-poison", trigger.PoisonQueueName);
        Assert.Equal("storage", trigger.ConnectionString);
        var output = Assert.Single(function.QueueOutputs);
        Assert.Equal(new QueueOutputBinding("next", "next-step", "storage"), output);
    }

    [Fact]
    public void Service_bus_trigger_is_served_from_the_storage_queue_of_the_same_name()
    {
        var function = FunctionJsonParser.Parse("OrderMessages", """
            {"bindings":[{"type":"serviceBusTrigger","direction":"in","name":"message","queueName":"%QueueName%","connection":"ServiceBusConnection","isSessionsEnabled":true}]}
            """, _settings);

        var trigger = Assert.IsType<QueueTriggerBinding>(function.Trigger);
        Assert.Equal(("serviceBusTrigger", MessageTriggerShape.ServiceBus), (trigger.Type, trigger.Shape));
        Assert.Equal(("order-messages", "storage"), (trigger.QueueName, trigger.ConnectionString));
    }

    [Fact]
    public void Service_bus_topic_trigger_is_refused()
    {
        var error = Assert.Throws<HostConfigurationException>(() => FunctionJsonParser.Parse("Orders", """
            {"bindings":[{"type":"serviceBusTrigger","direction":"in","name":"m","topicName":"t","subscriptionName":"s","connection":"Sb"}]}
            """, _settings));

        Assert.Contains("topic", error.Message);
    }

    [Fact]
    public void Timer_trigger_resolves_schedule_setting()
    {
        var function = FunctionJsonParser.Parse("OutboxSweep", """
            {"bindings":[{"type":"timerTrigger","direction":"in","name":"timer","schedule":"%OutboxSweep__Schedule%","runOnStartup":true}]}
            """, _settings);

        var trigger = Assert.IsType<TimerTriggerBinding>(function.Trigger);
        Assert.Equal("*/30 * * * * *", trigger.Schedule.Expression);
        Assert.True(trigger.RunOnStartup);
    }

    [Fact]
    public void Service_bus_trigger_is_refused_naming_function_and_type()
    {
        var error = Assert.Throws<HostConfigurationException>(() => FunctionJsonParser.Parse("Consume", """
            {"bindings":[{"type":"serviceBusTrigger","direction":"in","name":"msg","queueName":"q","connection":"Sb"}]}
            """, _settings));

        Assert.Contains("'Consume'", error.Message);
        Assert.Contains("serviceBusTrigger", error.Message);
    }

    [Theory]
    [InlineData("""{"bindings":[]}""", "exactly one trigger")]
    [InlineData("""{"bindings":[{"type":"queueTrigger","direction":"in","name":"m"}]}""", "queueName")]
    [InlineData("""{"bindings":[{"type":"queueTrigger","direction":"in","name":"m","queueName":"a_b"}]}""", "not a valid queue name")]
    [InlineData("""{"bindings":[{"type":"timerTrigger","direction":"in","name":"t","schedule":"every minute"}]}""", "NCRONTAB")]
    [InlineData("""{"disabled":false}""", "bindings")]
    public void Rejects_unusable_function_json(string json, string expectedInMessage)
    {
        var error = Assert.Throws<HostConfigurationException>(() => FunctionJsonParser.Parse("F", json, _settings));

        Assert.Contains(expectedInMessage, error.Message);
    }
}
