using System.Text.Json;
using BackOffice.Functions.Hosting.CustomHandler;

namespace BackOffice.Functions.Tests.Hosting;

/// <summary>Payloads shaped as the Azure Functions host sends them to a custom handler.</summary>
public sealed class InvocationPayloadTests
{
    private const string StorageQueueInvocation = """
        {
          "Data": { "message": "{\"messageId\":\"hub-1001:0:OrderReceived\",\"type\":\"OrderReceived\",\"orderId\":\"hub-1001\"}" },
          "Metadata": {
            "DequeueCount": 2,
            "ExpirationTime": "2026-11-30T12:00:00+00:00",
            "Id": "5b0e6a1e-0000-4c1e-9d4b-1f0b2c3d4e5f",
            "InsertionTime": "2026-11-23T12:00:00+00:00",
            "NextVisibleTime": "2026-11-23T12:10:00+00:00",
            "PopReceipt": "AgAAAAMAAAAAAAAA",
            "sys": { "MethodName": "OrderMessages", "UtcNow": "2026-11-23T12:00:01.123Z", "RandGuid": "0f8fad5b-d9cb-469f-a165-70867728950e" }
          }
        }
        """;

    private const string ServiceBusInvocation = """
        {
          "Data": { "message": "{\"messageId\":\"m-1\",\"type\":\"OrderReceived\",\"orderId\":\"hub-1001\"}" },
          "Metadata": {
            "MessageId": "m-1",
            "DeliveryCount": "3",
            "SessionId": "hub-1001",
            "ContentType": "application/json",
            "EnqueuedTimeUtc": "2026-11-23T12:00:00Z",
            "sys": { "MethodName": "OrderMessages", "UtcNow": "2026-11-23T12:00:01Z", "RandGuid": "0f8fad5b-d9cb-469f-a165-70867728950e" }
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
    public void TriggeredMessageFrom_WhenStorageQueueInvocation_ReadsBodyIdAndDequeueCount()
    {
        var message = TriggeredMessage.From(Parse(StorageQueueInvocation), "message");

        Assert.Equal("5b0e6a1e-0000-4c1e-9d4b-1f0b2c3d4e5f", message.TransportMessageId);
        Assert.Equal(2, message.DeliveryCount);
        Assert.StartsWith("{\"messageId\":\"hub-1001:0:OrderReceived\"", message.Body);
    }

    [Fact]
    public void TriggeredMessageFrom_WhenServiceBusInvocation_ReadsMessageIdAndQuotedDeliveryCount()
    {
        var message = TriggeredMessage.From(Parse(ServiceBusInvocation), "message");

        Assert.Equal(("m-1", 3), (message.TransportMessageId, message.DeliveryCount));
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

    private static InvocationRequest Parse(string json) =>
        JsonSerializer.Deserialize<InvocationRequest>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
