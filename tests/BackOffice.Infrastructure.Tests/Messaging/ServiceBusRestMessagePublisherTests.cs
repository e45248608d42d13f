using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using BackOffice.Application.Messaging;
using BackOffice.Infrastructure.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Infrastructure.Tests.Messaging;

/// <summary>Pins the wire contract of Service Bus's REST "Send Message" API, since no Service Bus runs here.</summary>
public sealed class ServiceBusRestMessagePublisherTests
{
    private const string Key = "c2VjcmV0LWtleS1mb3ItdGVzdHM=";
    private static readonly OutboxMessage Message = new("hub-1001:0:OrderReceived", "OrderReceived", "hub-1001", new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task PublishAsync_WhenSent_PostsToTheQueueMessagesPathWithBrokerPropertiesAndJsonBody()
    {
        var handler = new RecordingHandler(HttpStatusCode.Created);

        await Publisher(handler).PublishAsync(Message, CancellationToken.None);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://backoffice.servicebus.windows.net/order-messages/messages", request.RequestUri!.ToString());
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        var properties = JsonDocument.Parse(request.Headers.GetValues("BrokerProperties").Single()).RootElement;
        Assert.Equal(("hub-1001:0:OrderReceived", "hub-1001"), (properties.GetProperty("MessageId").GetString(), properties.GetProperty("SessionId").GetString()));
        var sent = JsonDocument.Parse(body).RootElement;
        Assert.Equal(("OrderReceived", "hub-1001"), (sent.GetProperty("type").GetString(), sent.GetProperty("orderId").GetString()));
    }

    [Fact]
    public async Task PublishAsync_WhenTheMessageIsABackedOffRetry_SchedulesItsEnqueueTimeInRfc1123()
    {
        var handler = new RecordingHandler(HttpStatusCode.Created);

        await Publisher(handler).PublishAsync(Message with { NotBefore = new DateTimeOffset(2026, 11, 23, 9, 0, 40, TimeSpan.FromHours(-3)) }, CancellationToken.None);
        await Publisher(handler).PublishAsync(Message, CancellationToken.None);

        var properties = handler.Requests.Select(sent => JsonDocument.Parse(sent.Request.Headers.GetValues("BrokerProperties").Single()).RootElement).ToList();
        Assert.Equal("Mon, 23 Nov 2026 12:00:40 GMT", properties[0].GetProperty("ScheduledEnqueueTimeUtc").GetString());
        Assert.False(properties[1].TryGetProperty("ScheduledEnqueueTimeUtc", out _));
    }

    [Fact]
    public async Task PublishAsync_WhenUsingASharedAccessKey_SignsTheResourceAndExpiry()
    {
        var handler = new RecordingHandler(HttpStatusCode.Created);

        await Publisher(handler).PublishAsync(Message, CancellationToken.None);

        var authorization = handler.Requests.Single().Request.Headers.GetValues("Authorization").Single();
        Assert.StartsWith("SharedAccessSignature ", authorization);
        var fields = HttpUtility.ParseQueryString(authorization["SharedAccessSignature ".Length..]);
        Assert.Equal("https://backoffice.servicebus.windows.net/order-messages", fields["sr"]);
        Assert.Equal("send", fields["skn"]);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(20).ToUnixTimeSeconds().ToString(), fields["se"]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(Key), Encoding.UTF8.GetBytes($"{WebUtility.UrlEncode(fields["sr"])}\n{fields["se"]}")));
        Assert.Equal(expected, fields["sig"]);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.Gone)]
    [InlineData(HttpStatusCode.OK)]
    public async Task PublishAsync_WhenServiceBusDoesNotAnswer201_Throws(HttpStatusCode status)
    {
        var handler = new RecordingHandler(status, "<Error><Code>403</Code><Detail>quota exceeded</Detail></Error>");

        var exception = await Assert.ThrowsAsync<ServiceBusSendException>(() => Publisher(handler).PublishAsync(Message, CancellationToken.None));

        Assert.Equal((int)status, exception.Status);
    }

    [Fact]
    public void Parse_WhenOnlyANamespaceIsGiven_UsesTheManagedIdentity()
    {
        var connection = ServiceBusConnection.Parse(null, "backoffice.servicebus.windows.net");

        Assert.False(connection.UsesSharedAccessKey);
        Assert.Equal("backoffice.servicebus.windows.net", connection.FullyQualifiedNamespace);
    }

    [Fact]
    public void Parse_WhenNothingIsConfigured_SaysWhichSettingsAreMissing()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => ServiceBusConnection.Parse(null, null));

        Assert.Contains("ServiceBusConnection", exception.Message);
    }

    private ServiceBusRestMessagePublisher Publisher(RecordingHandler handler) => new(
        () => new HttpClient(handler, disposeHandler: false),
        ServiceBusConnection.Parse($"Endpoint=sb://backoffice.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={Key}", null),
        "order-messages",
        credential: null,
        _clock,
        new StorageOperationCounter());
}
