using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Ops;

/// <summary>The poison queue as ops see it through the app: listed with its reason, replayed, noted on the timeline.</summary>
public sealed class DeadLetterTests
{
    private readonly HttpClient _http = Stack.Http();

    [Fact]
    public async Task ListDeadLetters_WhenAMessageCanNeverBeHandled_ShowsItsOrderTypeReasonAndDeliveryCount()
    {
        var orderId = $"hub-never-existed-{Guid.NewGuid():N}";
        await Stack.Queue("order-messages").SendMessageAsync($$"""{"messageId":"{{orderId}}:0:OrderReceived","type":"OrderReceived","orderId":"{{orderId}}"}""");

        // host.json: maxDequeueCount 5, visibilityTimeout 5 s, so about 20 s of retries before the message is parked.
        var letter = await Eventually.MatchesAsync(
            () => FindDeadLetterAsync(orderId),
            found => found is not null,
            TimeSpan.FromSeconds(60),
            "the message listed as a dead letter");

        Assert.Equal("OrderReceived", letter!.Value.GetProperty("type").GetString());
        Assert.Contains("OrderNotFoundException", letter.Value.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, letter.Value.GetProperty("deliveryCount").GetInt32());

        using var replay = await _http.PostAsync($"/api/ops/dead-letters/{letter.Value.GetProperty("id").GetString()}/replay", null);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.NotNull(await FindDeadLetterAsync(orderId));
    }

    [Fact]
    public async Task ReplayDeadLetter_WhenItsWorkIsAlreadyDone_ChangesNothingButNotesThePersonOnTheTimeline()
    {
        var externalId = HubOrders.NewExternalId("dead");
        var orderId = $"hub-{externalId}";
        using var posted = await _http.SendAsync(HubOrders.Request(HubOrders.Json(externalId), Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        await Eventually.MatchesAsync(() => StatusAsync(orderId), status => status == "RiskReview", TimeSpan.FromSeconds(10), "the order in RiskReview");
        var poison = Stack.Queue("order-messages-poison");
        await poison.CreateIfNotExistsAsync();
        await poison.SendMessageAsync($$"""{"messageId":"{{orderId}}:0:OrderReceived","type":"OrderReceived","orderId":"{{orderId}}","occurredAt":"2026-11-23T12:00:00+00:00"}""");
        var letter = await Eventually.MatchesAsync(() => FindDeadLetterAsync(orderId), found => found is not null, TimeSpan.FromSeconds(5), "the dead letter listed");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/ops/dead-letters/{letter!.Value.GetProperty("id").GetString()}/replay");
        request.Headers.Add("X-Ops-User", "ana");
        using var replay = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("AlreadyDone", (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
        var order = await _http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}");
        Assert.Equal("RiskReview", order.GetProperty("status").GetString());
        var last = order.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal(("DeadLetterReplayed", "person:ana"), (last.GetProperty("event").GetString(), last.GetProperty("cause").GetString()));
        Assert.Null(await FindDeadLetterAsync(orderId));
    }

    [Fact]
    public async Task ReplayDeadLetters_WhenTheTypeIsUnknown_Answers400ProblemJson()
    {
        using var response = await _http.PostAsJsonAsync("/api/ops/dead-letters/replay", new { type = "Teleport" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement?> FindDeadLetterAsync(string orderId)
    {
        var list = await _http.GetFromJsonAsync<JsonElement>("/api/ops/dead-letters?limit=500");
        return list.GetProperty("deadLetters").EnumerateArray()
            .Where(letter => letter.GetProperty("orderId").GetString() == orderId)
            .Select(letter => (JsonElement?)letter)
            .FirstOrDefault();
    }

    private async Task<string?> StatusAsync(string orderId)
    {
        using var response = await _http.GetAsync($"/api/ops/orders/{orderId}");
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() : null;
    }
}
