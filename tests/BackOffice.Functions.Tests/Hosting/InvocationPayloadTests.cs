using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.Application.Messaging;
using BackOffice.Functions.Hosting.CustomHandler;

namespace BackOffice.Functions.Tests.Hosting;

/// <summary>Payloads shaped as the Azure Functions host sends them to a custom handler.</summary>
public sealed class InvocationPayloadTests
{
    // The order message our publisher writes, as the JSON text the queue or the broker carries.
    private const string OrderMessageJson = """{"messageId":"hub-1001:0:OrderReceived","type":"OrderReceived","orderId":"hub-1001","occurredAt":"2026-11-23T12:00:00+00:00"}""";

    // Built as the host builds it (ScriptInvocationContextExtensions.GetHttpScriptInvocationContextValue; the host's own
    // test GetHttpScriptInvocationContextValueTest_String expects "\"stringTest\""): every string serialized once more,
    // numbers as text, the body's top-level properties merged into Metadata (Utility.ApplyBindingData).
    private static readonly string StorageQueueInvocation = $$"""
        {
          "Data": { "message": {{HostString(OrderMessageJson)}} },
          "Metadata": {
            "DequeueCount": "2",
            "ExpirationTime": "2026-11-30T12:00:00+00:00",
            "Id": {{HostString("5b0e6a1e-0000-4c1e-9d4b-1f0b2c3d4e5f")}},
            "InsertionTime": "2026-11-23T12:00:00+00:00",
            "NextVisibleTime": "2026-11-23T12:10:00+00:00",
            "PopReceipt": {{HostString("AgAAAAMAAAAAAAAA")}},
            "sys": { "MethodName": "OrderMessages", "UtcNow": "2026-11-23T12:00:01.123Z", "RandGuid": "0f8fad5b-d9cb-469f-a165-70867728950e" },
            "messageId": {{HostString("hub-1001:0:OrderReceived")}},
            "type": {{HostString("OrderReceived")}},
            "orderId": {{HostString("hub-1001")}},
            "occurredAt": {{HostString("11/23/2026 12:00:00")}}
          }
        }
        """;

    private static readonly string ServiceBusInvocation = $$"""
        {
          "Data": { "message": {{HostString(OrderMessageJson)}} },
          "Metadata": {
            "MessageReceiver": {}, "MessageSession": {}, "MessageActions": {}, "SessionActions": {}, "ReceiveActions": {}, "Client": {},
            "DeliveryCount": "3",
            "LockToken": {{HostString("7c1f3c1e-1b1e-4a4c-9c1a-2f0b2c3d4e5f")}},
            "ExpiresAtUtc": "2026-12-07T12:00:00",
            "ExpiresAt": "2026-12-07T12:00:00+00:00",
            "EnqueuedTimeUtc": "2026-11-23T12:00:00",
            "EnqueuedTime": "2026-11-23T12:00:00+00:00",
            "MessageId": {{HostString("hub-1001:0:OrderReceived")}},
            "ContentType": {{HostString("application/json")}},
            "SequenceNumber": "41",
            "ApplicationProperties": {},
            "UserProperties": {},
            "SessionId": {{HostString("hub-1001")}},
            "sys": { "MethodName": "OrderMessages", "UtcNow": "2026-11-23T12:00:01Z", "RandGuid": "0f8fad5b-d9cb-469f-a165-70867728950e" },
            "type": {{HostString("OrderReceived")}},
            "orderId": {{HostString("hub-1001")}},
            "occurredAt": {{HostString("11/23/2026 12:00:00")}}
          }
        }
        """;

    private const string TimerInvocationJson = """
        {
          "Data": {
            "timer": {
              "Schedule": { "AdjustForDST": true },
              "ScheduleStatus": { "Last": "2026-11-23T11:59:30+00:00", "Next": "2026-11-23T12:00:30+00:00", "LastUpdated": "2026-11-23T11:59:30+00:00" },
              "IsPastDue": true
            }
          },
          "Metadata": { "sys": { "MethodName": "OutboxSweep", "UtcNow": "2026-11-23T12:00:00Z", "RandGuid": "0f8fad5b-d9cb-469f-a165-70867728950e" } }
        }
        """;

    [Fact]
    public void TriggeredMessageFrom_WhenStorageQueueInvocation_ReadsOurJsonAndTheDequeueCountText()
    {
        var message = TriggeredMessage.From(Parse(StorageQueueInvocation), "message");

        Assert.Equal((OrderMessageJson, 2), (message.Body, message.DeliveryCount));
        Assert.True(OrderMessageSerializer.TryDeserialize(message.Body, out var parsed, out _));
        Assert.Equal("hub-1001:0:OrderReceived", parsed.MessageId);
    }

    [Fact]
    public void TriggeredMessageFrom_WhenServiceBusInvocation_ReadsOurJsonAndTheDeliveryCountText()
    {
        var message = TriggeredMessage.From(Parse(ServiceBusInvocation), "message");

        Assert.Equal((OrderMessageJson, 3), (message.Body, message.DeliveryCount));
    }

    [Fact]
    public void TriggeredMessageFrom_WhenTheBodyIsEncodedOnlyOnce_ReadsItAsIs()
    {
        var data = JsonSerializer.Serialize(OrderMessageJson);
        var request = Parse($$$"""{"Data":{"message":{{{data}}}},"Metadata":{"DequeueCount":2}}""");

        var message = TriggeredMessage.From(request, "message");

        Assert.Equal((OrderMessageJson, 2), (message.Body, message.DeliveryCount));
    }

    [Fact]
    public void TriggeredMessageFrom_WhenTheHostPassesJsonAsAnObject_UsesItsRawText()
    {
        var request = Parse("""{"Data":{"message":{"type":"OrderReceived"}},"Metadata":{}}""");

        var message = TriggeredMessage.From(request, "message");

        Assert.Equal("""{"type":"OrderReceived"}""", message.Body);
        Assert.Equal(1, message.DeliveryCount);
    }

    [Fact]
    public void OrderMessage_WhenTheHostMergesItsFieldsIntoMetadata_CannotReplaceTheDeliveryCounts()
    {
        // Utility.ApplyBindingData overwrites same-named binding data, ignoring case; the handler reads only these keys.
        var fields = JsonNode.Parse(OrderMessageSerializer.Serialize(new OrderMessage("m", "t", "o", DateTimeOffset.UnixEpoch, new Dictionary<string, string> { ["k"] = "v" })))!
            .AsObject().Select(property => property.Key);

        Assert.DoesNotContain(fields, field => field.Equals("DequeueCount", StringComparison.OrdinalIgnoreCase) || field.Equals("DeliveryCount", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TriggeredMessageFrom_WhenTheBindingIsMissing_ThrowsInvalidInvocation()
    {
        Assert.Throws<InvalidInvocationException>(() => TriggeredMessage.From(Parse("""{"Data":{},"Metadata":{}}"""), "message"));
    }

    [Fact]
    public void TimerInvocationFrom_WhenTheHostSendsScheduleStatus_ReadsPastDueAndTimes()
    {
        var timer = TimerInvocation.From(Parse(TimerInvocationJson), "timer");

        Assert.True(timer.IsPastDue);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 12, 0, 30, TimeSpan.Zero), timer.Next);
    }

    [Fact]
    public void TimerInvocationFrom_WhenInvokedThroughTheAdminApiWithoutData_IsNotPastDue()
    {
        var timer = TimerInvocation.From(Parse("""{"Data":{},"Metadata":{}}"""), "timer");

        Assert.Equal(new TimerInvocation(false, null, null), timer);
    }

    [Fact]
    public void InvocationResponse_WhenSerialized_UsesTheHostsPropertyNames()
    {
        var json = JsonSerializer.Serialize(InvocationResponse.Completed("done"), new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal("""{"Outputs":{},"Logs":["done"],"ReturnValue":null}""", json);
    }

    private static string HostString(string value) => JsonSerializer.Serialize(JsonSerializer.Serialize(value));

    private static InvocationRequest Parse(string json) =>
        JsonSerializer.Deserialize<InvocationRequest>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
