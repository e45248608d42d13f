using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackOffice.IntegrationTests.Lifecycle;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.StoreEvents;

/// <summary>The store fails on demand (sandbox faults for <c>store</c>): the hub backs off, keeps the order, then delivers in order; ops replay.</summary>
[Collection(FaultInjectionCollection.Name)]
public sealed class StoreFaultTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly HttpClient _http = Stack.Http();
    private readonly HubOrderProbe _orders = new(Stack.Http());

    public Task InitializeAsync() => Sandbox.SetFaultsAsync("store", errorRate: 1.0);

    public Task DisposeAsync() => Sandbox.SetFaultsAsync("store", errorRate: 0.0);

    [Fact]
    public async Task StoreDown_WhenItComesBack_GetsEveryEventOnceInOrderAndOpsCanReplayOne()
    {
        // Held in manual risk review: two events, received and risk_review.
        var orderId = await _orders.PostAsync("lia+review@example.com");
        var failing = await Eventually.MatchesAsync(
            () => StoreSandbox.LogAsync(_http, orderId),
            log => log.GetProperty("events").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first && first.GetProperty("attempts").GetInt32() >= 1
                // Between attempts: an attempt in flight shows "Sending" until the store's answer is written.
                && first.GetProperty("state").GetString() == "Pending",
            Patience,
            $"a failed attempt at {orderId}'s first store event");
        var first = failing.GetProperty("events")[0];
        Assert.Equal(("Pending", "order.received"), (first.GetProperty("state").GetString(), first.GetProperty("type").GetString()));
        Assert.True(first.GetProperty("lastStatusCode").GetInt32() >= 500);
        Assert.Empty(await StoreSandbox.LedgerIdsAsync(orderId));

        await Sandbox.SetFaultsAsync("store", errorRate: 0.0);
        var received = await StoreSandbox.WaitForAsync(orderId, "order.risk_review", Patience);

        Assert.Equal(["order.received", "order.risk_review"], received.Select(e => e.GetProperty("type").GetString()));
        Assert.All(received, e => Assert.True(StoreSandbox.Is(e, "accepted"), e.ToString()));

        using var replay = await _http.PostAsync($"/api/ops/orders/{orderId}/store-events/0/replay", null);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var replayed = await replay.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Delivered", 1), (replayed.GetProperty("state").GetString(), replayed.GetProperty("replays").GetInt32()));
        var again = (await StoreSandbox.ReceivedAsync(orderId))[^1];
        Assert.Equal(($"{orderId}:0", "duplicate"), (again.GetProperty("eventId").GetString(), again.GetProperty("verdict").GetString()));
    }
}
