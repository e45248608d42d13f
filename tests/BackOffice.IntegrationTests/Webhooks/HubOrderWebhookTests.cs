using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Webhooks;

/// <summary>The hub's own order webhook through the local Functions host, against Azurite and the Cosmos emulator.</summary>
public sealed class HubOrderWebhookTests
{
    private readonly HttpClient _http = Stack.Http();

    [Fact]
    public async Task Post_WhenSignedOrder_IsStoredArchivedAndMovedForwardByTheQueueTriggerWithinFiveSeconds()
    {
        var externalId = HubOrders.NewExternalId();
        var deliveryId = Guid.NewGuid().ToString();
        var body = HubOrders.Json(externalId);

        using var response = await _http.SendAsync(HubOrders.Request(body, deliveryId));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var orderId = accepted.GetProperty("orderId").GetString();
        Assert.Equal($"hub-{externalId}", orderId);
        var order = await Eventually.MatchesAsync(
            () => GetOrderAsync(orderId!), json => json.GetProperty("status").GetString() == "RiskReview", TimeSpan.FromSeconds(5), "the move to RiskReview");
        var timeline = order.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["OrderReceived", "RiskAnalysisStarted"], timeline.Take(2).Select(entry => entry.GetProperty("event").GetString()));
        Assert.Equal($"webhook:{deliveryId}", timeline[0].GetProperty("cause").GetString());
        Assert.StartsWith("message:", timeline[1].GetProperty("cause").GetString());
        Assert.Equal("m***@example.com", order.GetProperty("customer").GetProperty("email").GetString());
        Assert.DoesNotContain("maria", order.GetRawText());

        var archived = await Stack.RawPayloads().GetBlobClient($"hub/{deliveryId}.json").DownloadContentAsync();
        Assert.Equal(body, archived.Value.Content.ToString());
        var delivery = await Stack.Deliveries().GetEntityAsync<Azure.Data.Tables.TableEntity>("hub", deliveryId);
        Assert.Equal(orderId, delivery.Value.GetString("OrderId"));
    }

    [Fact]
    public async Task Post_WhenSignedOrder_AnswersOnceQueuedAndTheOrderIsTakenInFromTheQueue()
    {
        using var ackOnly = Stack.Http(waitForIntake: false);
        var externalId = HubOrders.NewExternalId("ack");
        var deliveryId = Guid.NewGuid().ToString();

        using var response = await ackOnly.SendAsync(HubOrders.Request(HubOrders.Json(externalId), deliveryId));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"hub-{externalId}", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString());
        var order = await Eventually.MatchesAsync(
            () => GetOrderAsync($"hub-{externalId}"), json => Events(json).Contains("OrderReceived"), TimeSpan.FromSeconds(30), "the intake from the queue");
        Assert.Equal($"webhook:{deliveryId}", order.GetProperty("timeline")[0].GetProperty("cause").GetString());
    }

    [Fact]
    public async Task Post_WhenTheSameDeliveryRepeats_AnswersTheSameOrderAndChangesNothing()
    {
        var externalId = HubOrders.NewExternalId();
        var deliveryId = Guid.NewGuid().ToString();
        var body = HubOrders.Json(externalId);
        using var first = await _http.SendAsync(HubOrders.Request(body, deliveryId));
        var orderId = $"hub-{externalId}";
        var settled = await Eventually.MatchesAsync(
            () => GetOrderAsync(orderId), HubOrderProbe.RiskCallbackNoted, TimeSpan.FromSeconds(15), "ClearSale's callback");

        var repeats = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _http.SendAsync(HubOrders.Request(body, deliveryId))));

        Assert.All(repeats, repeat => Assert.Equal(HttpStatusCode.Accepted, repeat.StatusCode));
        foreach (var repeat in repeats)
        {
            var answer = await repeat.Content.ReadFromJsonAsync<JsonElement>();
            // The same answer as the first: the ack does not look up earlier deliveries (that would cost it a read).
            Assert.Equal((orderId, false), (answer.GetProperty("orderId").GetString(), answer.TryGetProperty("repeated", out _)));
        }

        var after = await GetOrderAsync(orderId);
        Assert.Equal(settled.GetProperty("timeline").GetRawText(), after.GetProperty("timeline").GetRawText());
        Assert.Single(Events(after), name => name == "OrderReceived");
    }

    [Fact]
    public async Task Post_WhenManyDeliveriesOfTheSameOrderRace_KeepsOneOrderWithOneTransition()
    {
        var externalId = HubOrders.NewExternalId("race");
        var body = HubOrders.Json(externalId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _http.SendAsync(HubOrders.Request(body, Guid.NewGuid().ToString()))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Accepted, response.StatusCode));
        await Eventually.MatchesAsync(
            () => GetOrderAsync($"hub-{externalId}"), HubOrderProbe.RiskCallbackNoted, TimeSpan.FromSeconds(15), "ClearSale's callback");
        var order = await GetOrderAsync($"hub-{externalId}");
        Assert.Single(Events(order), name => name == "OrderReceived");
        Assert.Single(Events(order), name => name == "RiskAnalysisStarted");
        Assert.Equal(0, order.GetProperty("pendingMessages").GetInt32());
    }

    public static TheoryData<string, int> BadRequests => new()
    {
        { "unsigned", 401 },
        { "wrong-signature", 401 },
        { "malformed-json", 400 },
        { "not-json", 415 },
        { "too-large", 413 },
        { "no-items", 422 },
        { "negative-amount", 422 },
        { "unknown-currency", 422 },
        { "wrong-types", 422 },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Post_WhenTheRequestIsBad_AnswersProblemJsonWithTheContractStatusAndStoresNothing(string kind, int status)
    {
        var externalId = HubOrders.NewExternalId("bad");
        var deliveryId = Guid.NewGuid().ToString();
        var valid = HubOrders.Json(externalId);
        using var request = kind switch
        {
            "unsigned" => HubOrders.Request(valid, deliveryId, sign: false),
            "wrong-signature" => HubOrders.Request(valid, deliveryId, signature: "sha256=" + new string('0', 64)),
            "malformed-json" => HubOrders.Request(valid[..^10], deliveryId),
            "not-json" => HubOrders.Request(valid, deliveryId, contentType: "text/plain"),
            "too-large" => HubOrders.Request(valid.Replace("\"Camiseta\"", $"\"{new string('x', 1024 * 1024)}\""), deliveryId),
            "no-items" => HubOrders.Request(valid.Replace("[ { \"sku\": \"SKU-1\", \"title\": \"Camiseta\", \"quantity\": 2, \"unitPrice\": 4990 } ]", "[]"), deliveryId),
            "negative-amount" => HubOrders.Request(valid.Replace("\"shipping\": 1500", "\"shipping\": -1500"), deliveryId),
            "unknown-currency" => HubOrders.Request(valid.Replace("\"BRL\"", "\"XXX\""), deliveryId),
            "wrong-types" => HubOrders.Request(valid.Replace("\"quantity\": 2", "\"quantity\": \"two\""), deliveryId),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        using var response = await _http.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/api/ops/orders/hub-{externalId}")).StatusCode);
        Assert.False((await Stack.RawPayloads().GetBlobClient($"hub/{deliveryId}.json").ExistsAsync()).Value);
        Assert.False((await Stack.Deliveries().GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("hub", deliveryId)).HasValue);
    }

    [Fact]
    public async Task Post_WhenInvalidOrder_NamesEveryBadField()
    {
        var body = HubOrders.Json(HubOrders.NewExternalId()).Replace("\"BRL\"", "\"XXX\"").Replace("\"maria+review@example.com\"", "\"not-an-email\"");

        using var response = await _http.SendAsync(HubOrders.Request(body, Guid.NewGuid().ToString()));

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("currency", out _));
        Assert.True(errors.TryGetProperty("customer.email", out _));
    }

    private static List<string?> Events(JsonElement order) =>
        order.TryGetProperty("timeline", out var timeline) ? [.. timeline.EnumerateArray().Select(entry => entry.GetProperty("event").GetString())] : [];

    private async Task<JsonElement> GetOrderAsync(string orderId)
    {
        using var response = await _http.GetAsync($"/api/ops/orders/{orderId}");
        return response.StatusCode == HttpStatusCode.OK
            ? await response.Content.ReadFromJsonAsync<JsonElement>()
            : JsonDocument.Parse($$"""{"status":"HTTP {{(int)response.StatusCode}}"}""").RootElement;
    }
}
