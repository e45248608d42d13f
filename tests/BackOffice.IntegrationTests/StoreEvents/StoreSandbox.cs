using System.Net.Http.Json;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.StoreEvents;

/// <summary>What the sandbox's store (the hub's <c>Hub__Events__Url</c>) received for an order, and the hub's delivery log of it.</summary>
internal static class StoreSandbox
{
    public static async Task<IReadOnlyList<JsonElement>> ReceivedAsync(string orderId)
    {
        using var http = new HttpClient { BaseAddress = Sandbox.Url };
        var received = await http.GetFromJsonAsync<JsonElement>($"/_sandbox/store/events?orderRef={Uri.EscapeDataString(orderId)}");
        return [.. received.EnumerateArray()];
    }

    public static async Task<IReadOnlyList<string>> LedgerIdsAsync(string orderId)
    {
        using var http = new HttpClient { BaseAddress = Sandbox.Url };
        var calls = await http.GetFromJsonAsync<JsonElement>($"/_sandbox/calls?orderRef={Uri.EscapeDataString(orderId)}&partner=store");
        return [.. calls.EnumerateArray().Select(call => call.GetProperty("idempotencyKey").GetString()!)];
    }

    public static Task<IReadOnlyList<JsonElement>> WaitForAsync(string orderId, string type, TimeSpan within) =>
        Eventually.MatchesAsync(() => ReceivedAsync(orderId), received => received.Any(e => Is(e, "accepted") && e.GetProperty("type").GetString() == type), within, $"the store of {orderId} receiving {type}");

    public static async Task<JsonElement> LogAsync(HttpClient app, string orderId) =>
        await app.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}/store-events");

    public static bool Is(JsonElement received, string verdict) => received.GetProperty("verdict").GetString() == verdict;
}
