using System.Net;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Hosting;

/// <summary>The function app as the Functions host drives it: admin invocations, retries and the poison queue.</summary>
public sealed class LocalHostTests
{
    private readonly HttpClient _http = Stack.Http();

    [Fact]
    public async Task AdminInvoke_WhenTimerFunction_IsAccepted()
    {
        using var response = await _http.PostAsync("/admin/functions/OutboxSweep", JsonContent("{}"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task AdminInvoke_WhenUnknownFunction_Answers404()
    {
        using var response = await _http.PostAsync("/admin/functions/NoSuchFunction", JsonContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OrderMessages_WhenAMessageCanNeverBeHandled_EndsInThePoisonQueueNotAcknowledged()
    {
        var marker = Guid.NewGuid().ToString("N");
        var poison = Stack.Queue("order-messages-poison");
        await poison.CreateIfNotExistsAsync();
        await Stack.Queue("order-messages").SendMessageAsync($$"""{"messageId":"{{marker}}","type":"OrderReceived","orderId":"hub-never-existed-{{marker}}"}""");

        // host.json: maxDequeueCount 5, visibilityTimeout 5 s, so about 20 s of retries before the message is parked.
        await Eventually.MatchesAsync(
            async () => (await poison.PeekMessagesAsync(32)).Value.Any(message => message.Body.ToString().Contains(marker)),
            found => found,
            TimeSpan.FromSeconds(60),
            "the message in order-messages-poison");
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
