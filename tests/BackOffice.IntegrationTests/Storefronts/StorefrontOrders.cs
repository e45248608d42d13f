using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Storefronts;

/// <summary>What the storefront tests read back: the order as ops see it, and the webhook's answer.</summary>
public static class StorefrontOrders
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static async Task<(HttpStatusCode Status, JsonElement Body, string? ContentType)> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using (request)
        using (var response = await http.SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>A parked delivery as ops see it (<c>GET /api/ops/parked-deliveries/{id}</c>); fails when there is none.</summary>
    public static async Task<JsonElement> ParkedAsync(HttpClient http, string parkedId)
    {
        using var response = await http.GetAsync($"/api/ops/parked-deliveries/{parkedId}");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static async Task<JsonElement?> FindAsync(HttpClient http, string orderId)
    {
        using var response = await http.GetAsync($"/api/ops/orders/{orderId}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<JsonElement> ReachesAsync(HttpClient http, string orderId, string status) =>
        Eventually.MatchesAsync(
            async () => await FindAsync(http, orderId) ?? default,
            order => order.ValueKind == JsonValueKind.Object && order.GetProperty("status").GetString() == status,
            Patience,
            $"{orderId} reaching {status}");

    public static Task<IReadOnlyList<(string Partner, string Operation)>> EffectsReachAsync(string orderRef, string partner, string operation) =>
        Eventually.MatchesAsync(
            () => Sandbox.EffectsAsync(orderRef),
            effects => effects.Contains((partner, operation)),
            Patience,
            $"{partner} {operation} for {orderRef}");

    public static async Task CancelAsOpsAsync(HttpClient http, string orderId)
    {
        using var response = await http.PostAsync($"/api/ops/orders/{orderId}/cancel", new StringContent("""{"reason":"customer asked by phone"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// Waits until the order has handled the storefront notice of its event <paramref name="eventName"/> (the message
    /// <c>&lt;order&gt;:&lt;timeline position&gt;:&lt;event&gt;:notify</c> in its <c>handledMessages</c>): the notice's call
    /// to the storefront is then in the sandbox ledger, and a later look at the ledger misses nothing it caused.
    /// </summary>
    public static Task<JsonElement> NoticeHandledAsync(HttpClient http, string orderId, string eventName) =>
        Eventually.MatchesAsync(
            async () => await FindAsync(http, orderId) ?? default,
            order => order.ValueKind == JsonValueKind.Object && order.GetProperty("handledMessages").EnumerateArray()
                .Any(id => id.GetString()!.EndsWith($":{eventName}:notify", StringComparison.Ordinal)),
            Patience,
            $"{orderId}: the storefront notice of {eventName} handled");

    /// <summary>
    /// Waits until the order is in <paramref name="status"/> with its outbox empty (<c>pendingMessages</c> 0): every
    /// message the change into that status made has then been sent and is listed in <c>sentMessages</c>, so a message
    /// missing there was never made — the known event a test waits on before it says an effect did not happen.
    /// </summary>
    public static Task<JsonElement> SentAllAsync(HttpClient http, string orderId, string status) =>
        Eventually.MatchesAsync(
            async () => await FindAsync(http, orderId) ?? default,
            order => order.ValueKind == JsonValueKind.Object && order.GetProperty("status").GetString() == status
                && order.GetProperty("pendingMessages").GetInt32() == 0,
            Patience,
            $"{orderId} in {status} with every message it made sent");

    /// <summary>The storefront notices the order sent for its event <paramref name="eventName"/> (ids <c>…:&lt;event&gt;:notify</c>).</summary>
    public static IReadOnlyList<string> NoticesSent(JsonElement order, string eventName) =>
        [.. order.GetProperty("sentMessages").EnumerateArray().Select(id => id.GetString()!)
            .Where(id => id.EndsWith($":{eventName}:notify", StringComparison.Ordinal))];

    public static IReadOnlyList<string> Events(JsonElement order) =>
        [.. order.GetProperty("timeline").EnumerateArray().Select(entry => entry.GetProperty("event").GetString()!)];
}
