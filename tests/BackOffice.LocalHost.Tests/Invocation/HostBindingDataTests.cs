using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.LocalHost.Invocation;
using BackOffice.LocalHost.Queues;

namespace BackOffice.LocalHost.Tests.Invocation;

/// <summary>
/// Data and Metadata as the real host builds them. Expectations come from the host's own code and tests:
/// ScriptInvocationContextExtensionsTests.GetHttpScriptInvocationContextValueTest_String expects "\"stringTest\"";
/// GetHttpScriptInvocationContextValue returns JsonConvert.SerializeObject for values that are not objects, and
/// Utility.ApplyBindingData merges a JSON body's top-level properties into the binding data.
/// </summary>
public class HostBindingDataTests
{
    private static readonly DateTimeOffset Inserted = new(2025, 3, 1, 10, 0, 0, 250, TimeSpan.Zero);

    [Fact]
    public void Format_WhenTheValueIsAString_SerializesItAgain() =>
        Assert.Equal("\"stringTest\"", (string?)HostBindingData.Format("stringTest"));

    [Fact]
    public void Format_WhenTheValueIsANumberOrTime_WritesItsText()
    {
        Assert.Equal("2", (string?)HostBindingData.Format(2L));
        Assert.Equal("2025-03-01T10:00:00+00:00", (string?)HostBindingData.Format(Inserted));
        Assert.Equal("2025-03-01T10:00:00", (string?)HostBindingData.Format(Inserted.UtcDateTime));
    }

    [Fact]
    public void QueueTrigger_WhenTheMessageIsJson_SendsItAsAStringLiteralWithTheHostsMetadata()
    {
        var message = new QueueMessageInfo("id-1", "pop-1", 2, Inserted, Inserted.AddDays(7), Inserted.AddMinutes(1));
        const string text = """{"orderId":"o-1","amount":12,"items":[1],"data":{"k":"v"}}""";

        var data = QueueTriggerPayload.CreateData("message", text);
        var metadata = QueueTriggerPayload.CreateMetadata("ProcessOrder", text, message, Inserted.AddSeconds(5));

        Assert.Equal(text, JsonSerializer.Deserialize<string>((string)data["message"]!));
        Assert.Equal("2", (string?)metadata["DequeueCount"]);
        Assert.Equal("\"id-1\"", (string?)metadata["Id"]);
        Assert.Equal("\"pop-1\"", (string?)metadata["PopReceipt"]);
        Assert.Equal("2025-03-08T10:00:00+00:00", (string?)metadata["ExpirationTime"]);
        Assert.Equal("2025-03-01T10:01:00+00:00", (string?)metadata["NextVisibleTime"]);
        Assert.Equal("ProcessOrder", (string?)metadata["sys"]!["MethodName"]);
        Assert.Null(metadata["QueueTrigger"]);
        Assert.Equal("\"o-1\"", (string?)metadata["orderId"]);
        Assert.Equal("\"12\"", (string?)metadata["amount"]);
        Assert.Null(metadata["items"]);
        Assert.Equal("v", (string?)metadata["data"]!["k"]);
    }

    [Fact]
    public void ServiceBusTrigger_WhenTheBodyHasAMessageId_ItReplacesTheBrokersMessageId()
    {
        var message = new QueueMessageInfo("broker-id", "pop-1", 3, Inserted, Inserted.AddDays(14), Inserted.AddMinutes(1));
        const string body = """{"messageId":"body-id","orderId":"o-1"}""";

        var metadata = ServiceBusTriggerPayload.CreateMetadata("OrderMessages", body, message, Inserted);

        Assert.Equal("3", (string?)metadata["DeliveryCount"]);
        Assert.Equal("\"body-id\"", (string?)metadata["MessageId"]);
        Assert.Null(metadata["messageId"]);
        Assert.Equal("2025-03-01T10:00:00+00:00", (string?)metadata["EnqueuedTime"]);
        Assert.Equal("2025-03-01T10:00:00", (string?)metadata["EnqueuedTimeUtc"]);
        Assert.Equal("2025-03-15T10:00:00+00:00", (string?)metadata["ExpiresAt"]);
        Assert.StartsWith("\"", (string?)metadata["LockToken"]);
        Assert.IsType<JsonObject>(metadata["ApplicationProperties"]);
        Assert.Null(metadata["DeadLetterSource"]);
        Assert.Null(metadata["SessionId"]);
        Assert.Null(metadata["DequeueCount"]);
    }
}
