using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Callbacks;

/// <summary>Every partner's callback through the function app: authentic, forged and replayed.</summary>
public sealed class PartnerCallbackTests
{
    private readonly HttpClient _http = Stack.Http();

    public static TheoryData<string> Partners => [.. PartnerCallbackSamples.Partners];

    [Theory]
    [MemberData(nameof(Partners))]
    public async Task Post_WhenAuthenticThenReplayed_IsNotedOnceOnTheOrderTimeline(string partner)
    {
        var (orderId, before) = await NewOrderAsync();
        var body = PartnerCallbackSamples.Body(partner, orderId);

        var secret = await SecretAsync(partner, body);
        using var first = await SendAsync(partner, body, secret);
        using var replay = await SendAsync(partner, body, secret);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.True((await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("repeated").GetBoolean());
        var order = await Eventually.MatchesAsync(
            () => _http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}"),
            json => CallbackEntries(json) > before,
            TimeSpan.FromSeconds(15),
            "the callback on the timeline");
        var noted = order.GetProperty("timeline").EnumerateArray().Last(entry => entry.GetProperty("event").GetString() == "PartnerCallbackReceived");
        Assert.StartsWith(partner + " ", noted.GetProperty("detail").GetString());

        // The replay's message goes out again under the first one's id, which the order's inbox absorbs: once this later
        // callback is noted, only it and the first may be on the timeline.
        Assert.Equal(before + 2, CallbackEntries(await BarrierAsync(orderId, partner)));
    }

    [Theory]
    [MemberData(nameof(Partners))]
    public async Task Post_WhenForged_Answers401AndChangesNothing(string partner)
    {
        var (orderId, before) = await NewOrderAsync();

        var body = PartnerCallbackSamples.Body(partner, orderId);
        var forged = partner == "pagarme"
            ? TestWebhookKey.Forger.SignatureHeader(body, KeyIdOf(await SecretAsync(partner, body)))
            : "forged-secret";

        using var response = await SendAsync(partner, body, forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before + 1, CallbackEntries(await BarrierAsync(orderId, partner)));
    }

    [Theory]
    [InlineData("paypal", HttpStatusCode.NotFound)]
    [InlineData("clearsale", HttpStatusCode.NotFound)]
    public async Task Post_WhenPartnerOrOrderIsUnknown_Answers404ProblemJson(string partner, HttpStatusCode expected)
    {
        var body = PartnerCallbackSamples.Body("clearsale", "hub-never-seen");

        using var response = await SendAsync(partner, body, await SecretAsync("clearsale", body), headersOf: "clearsale");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>
    /// The known event a test waits on instead of a sleep: a fresh, authentic callback of another partner than the one
    /// under test (so the two cannot be mistaken), sent now, and the order once it has noted it. A callback queued before
    /// it (an unwanted one) was queued first.
    /// </summary>
    private async Task<JsonElement> BarrierAsync(string orderId, string partnerUnderTest)
    {
        var barrier = partnerUnderTest == "clearsale" ? "pagarme" : "clearsale";
        var notedBefore = EntriesOf(await _http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}"), barrier);
        var body = PartnerCallbackSamples.Body(barrier, orderId);
        using var response = await SendAsync(barrier, body, await SecretAsync(barrier, body));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await Eventually.MatchesAsync(
            () => _http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}"),
            json => EntriesOf(json, barrier) > notedBefore,
            TimeSpan.FromSeconds(15),
            $"the later {barrier} callback on the timeline");
    }

    private static int EntriesOf(JsonElement order, string partner) =>
        order.GetProperty("timeline").EnumerateArray().Count(entry =>
            entry.GetProperty("event").GetString() == "PartnerCallbackReceived" && entry.GetProperty("detail").GetString()!.StartsWith(partner + " ", StringComparison.Ordinal));

    private static int CallbackEntries(JsonElement order) =>
        order.GetProperty("timeline").EnumerateArray().Count(entry => entry.GetProperty("event").GetString() == "PartnerCallbackReceived");

    /// <summary>What authenticates this body: the agreed secret, or for Pagar.me the signature made with the sandbox's published key.</summary>
    private static async Task<string> SecretAsync(string partner, string body) => partner switch
    {
        "pagarme" => await Sandbox.PagarmeSignatureAsync(body),
        "clearsale" => LocalSettings.Get("ClearSale__CallbackToken"),
        "focusnfe" => LocalSettings.Get("FocusNfe__HookAuthorization"),
        _ => LocalSettings.Get("MelhorEnvio__WebhookSecret"),
    };

    private static string KeyIdOf(string signatureHeader) =>
        signatureHeader.Split(';', StringSplitOptions.TrimEntries).Single(part => part.StartsWith("kid=", StringComparison.Ordinal))["kid=".Length..];

    /// <summary>
    /// An order waiting for a risk review, after the sandbox's own risk callback has been noted: from there on nothing
    /// but the test calls back, so the callbacks it counts are its own.
    /// </summary>
    private async Task<(string OrderId, int CallbacksBefore)> NewOrderAsync()
    {
        var externalId = HubOrders.NewExternalId("cb");
        using var response = await _http.SendAsync(HubOrders.Request(HubOrders.Json(externalId, "maria+review@example.com"), Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var orderId = $"hub-{externalId}";
        var settled = await Eventually.MatchesAsync(
            () => _http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}"),
            HubOrderProbe.RiskCallbackNoted,
            TimeSpan.FromSeconds(15),
            "the order waiting for review");
        return (orderId, CallbackEntries(settled));
    }

    private Task<HttpResponseMessage> SendAsync(string partner, string body, string secret, string? headersOf = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/callbacks/{partner}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in PartnerCallbackSamples.Headers(headersOf ?? partner, body, secret))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return _http.SendAsync(request);
    }
}
