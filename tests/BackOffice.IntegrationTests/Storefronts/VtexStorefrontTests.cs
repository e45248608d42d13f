using System.Net;
using BackOffice.IntegrationTests.Support;

namespace BackOffice.IntegrationTests.Storefronts;

/// <summary>
/// VTEX's order hook and feed through the function app, with orders seeded into the sandbox's OMS: ping, intake,
/// repeats, cancellations (also out of order), refused hooks; and what goes back to VTEX, as the sandbox's ledger shows.
/// </summary>
public sealed class VtexStorefrontTests
{
    private readonly HttpClient _http = Stack.Http();

    [Fact]
    public async Task Hook_WhenVtexPings_Answers200()
    {
        var (status, _, _) = await StorefrontOrders.SendAsync(_http, VtexEvents.Request("""{"hookConfig":"ping"}"""));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Hook_WhenReadyForHandling_ReadsAndStoresTheOrderThenStartsHandlingAtVtex()
    {
        var vtexId = VtexEvents.NewOrderId();
        await VtexEvents.SeedAsync(vtexId, "cliente+review@example.com");

        var (status, body, _) = await StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId)));

        // "repeated" is not asserted: the feed drain (every minute) may have taken the seeded order in first.
        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(VtexEvents.OrderRef(vtexId), body.GetProperty("orderId").GetString());
        var order = await StorefrontOrders.ReachesAsync(_http, VtexEvents.OrderRef(vtexId), "RiskReview");
        Assert.Equal(30890, order.GetProperty("totals").GetProperty("totalCents").GetInt64());
        await StorefrontOrders.EffectsReachAsync(VtexEvents.OrderRef(vtexId), "vtex", "order.start-handling");
    }

    [Fact]
    public async Task Hook_WhenTheSameNotificationRepeats_AnswersRepeatedAndStartsHandlingOnce()
    {
        var vtexId = VtexEvents.NewOrderId();
        await VtexEvents.SeedAsync(vtexId, "cliente+review@example.com");
        await StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId)));
        // The hook answers before the order is read (VTEX wants 200 within 5 s): repeats are known once it was read,
        // and the intake records the delivery last (after the order and its first messages, so that a crash before
        // the record redoes them): RiskReview can come first. A repeat before the record is queued like a new one and
        // changes nothing, which the single start-handling below checks.
        await StorefrontOrders.ReachesAsync(_http, VtexEvents.OrderRef(vtexId), "RiskReview");

        var (status, body, _) = await Eventually.MatchesAsync(
            () => StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId))),
            answer => answer.Body.TryGetProperty("repeated", out var repeated) && repeated.GetBoolean(),
            TimeSpan.FromSeconds(30),
            "a repeated hook answered as repeated");

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.True(body.GetProperty("repeated").GetBoolean());
        // Start-handling is the notice of OrderReceived: once it is handled, every call it makes is in the ledger.
        var order = await StorefrontOrders.NoticeHandledAsync(_http, VtexEvents.OrderRef(vtexId), "OrderReceived");
        Assert.Single(StorefrontOrders.Events(order), name => name == "OrderReceived");
        Assert.Single(await VtexEvents.EffectsAsync(vtexId), effect => effect == ("vtex", "order.start-handling"));
    }

    [Fact]
    public async Task Hook_WhenTheOrderGoesAllTheWay_InvoicesItAndAddsTrackingAtVtex()
    {
        var vtexId = VtexEvents.NewOrderId();
        await VtexEvents.SeedAsync(vtexId);

        await StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId)));

        await StorefrontOrders.ReachesAsync(_http, VtexEvents.OrderRef(vtexId), "Delivered");
        await StorefrontOrders.EffectsReachAsync(VtexEvents.OrderRef(vtexId), "vtex", "order.invoice-tracking");
        var effects = await VtexEvents.EffectsAsync(vtexId);
        Assert.Single(effects, effect => effect == ("vtex", "order.start-handling"));
        Assert.Single(effects, effect => effect == ("vtex", "order.invoice"));
        Assert.DoesNotContain(("vtex", "order.cancel"), effects);
    }

    [Theory]
    [InlineData("canceled")]
    [InlineData("cancel")]
    public async Task Hook_WhenTheOrderIsCanceledAtVtex_CancelsItWithoutCallingVtexBack(string state)
    {
        var vtexId = VtexEvents.NewOrderId();
        await VtexEvents.SeedAsync(vtexId, "cliente+review@example.com");
        await StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId)));
        await StorefrontOrders.ReachesAsync(_http, VtexEvents.OrderRef(vtexId), "RiskReview");

        var (status, body, _) = await StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId, state, "2026-11-23T15:10:00Z")));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.False(body.GetProperty("repeated").GetBoolean());
        // A call back to VTEX would be the storefront notice of OrderCancelled, made in the write that cancelled: once
        // that write's messages are all sent, the notice is known to exist or not.
        var order = await StorefrontOrders.SentAllAsync(_http, VtexEvents.OrderRef(vtexId), "Cancelled");
        Assert.Empty(StorefrontOrders.NoticesSent(order, "OrderCancelled"));
        Assert.DoesNotContain(("vtex", "order.cancel"), await VtexEvents.EffectsAsync(vtexId));
    }

    [Fact]
    public async Task Hook_WhenACancellationIsOlderThanTheChangeAlreadyApplied_ChangesNothing()
    {
        var vtexId = VtexEvents.NewOrderId();
        await VtexEvents.SeedAsync(vtexId, "cliente+review@example.com");
        await StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId, lastChange: "2026-11-23T15:00:00Z")));
        await StorefrontOrders.ReachesAsync(_http, VtexEvents.OrderRef(vtexId), "RiskReview");

        var (status, _, _) = await StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId, "canceled", "2026-11-23T14:00:00Z")));

        Assert.Equal(HttpStatusCode.Accepted, status);
        // Handled once the same notification is answered as a repeat: its message ran and recorded it.
        await Eventually.MatchesAsync(
            async () => (await StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId, "canceled", "2026-11-23T14:00:00Z")))).Body,
            again => again.GetProperty("repeated").GetBoolean(),
            StorefrontOrders.Patience,
            "the older cancellation recorded");
        Assert.Equal("RiskReview", (await StorefrontOrders.FindAsync(_http, VtexEvents.OrderRef(vtexId)))!.Value.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpsCancel_WhenTheHubCancelsAVtexOrder_CancelsItAtVtex()
    {
        var vtexId = VtexEvents.NewOrderId();
        await VtexEvents.SeedAsync(vtexId, "cliente+review@example.com");
        await StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId)));
        await StorefrontOrders.ReachesAsync(_http, VtexEvents.OrderRef(vtexId), "RiskReview");

        await StorefrontOrders.CancelAsOpsAsync(_http, VtexEvents.OrderRef(vtexId));

        await StorefrontOrders.EffectsReachAsync(VtexEvents.OrderRef(vtexId), "vtex", "order.cancel");
    }

    [Fact]
    public async Task FeedDrain_WhenTheHookNeverCame_TakesTheOrderFromTheFeed()
    {
        var vtexId = VtexEvents.NewOrderId();
        await VtexEvents.SeedAsync(vtexId, "cliente+review@example.com");

        await VtexEvents.DrainFeedAsync(_http);

        await StorefrontOrders.ReachesAsync(_http, VtexEvents.OrderRef(vtexId), "RiskReview");
        await StorefrontOrders.EffectsReachAsync(VtexEvents.OrderRef(vtexId), "vtex", "order.start-handling");
    }

    [Theory]
    [InlineData("not-the-token", true)]
    [InlineData(null, false)]
    public async Task Hook_WhenTheSecretHeaderIsMissingOrWrong_Answers401AndStoresNothing(string? token, bool withToken)
    {
        // Not seeded: the feed drain would take a seeded order in whatever the hook says.
        var vtexId = VtexEvents.NewOrderId();

        var (status, _, contentType) = await StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId), token ?? "", withToken));

        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json"), (status, contentType));
        Assert.Null(await StorefrontOrders.FindAsync(_http, VtexEvents.OrderRef(vtexId)));
    }

    [Fact]
    public async Task Hook_WhenItComesFromAnotherAccount_ParksItAndStoresNoOrder()
    {
        var vtexId = VtexEvents.NewOrderId();

        var (status, body, _) = await StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId, account: "outraloja")));

        // The secret header was right: a hook of ours set up on another account, a setting for a person to fix.
        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Contains("Origin.Account", (await StorefrontOrders.ParkedAsync(_http, body.GetProperty("parkedId").GetString()!)).GetProperty("delivery").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Null(await StorefrontOrders.FindAsync(_http, VtexEvents.OrderRef(vtexId)));
    }

    [Fact]
    public async Task Hook_WhenVtexHasNoSuchOrder_Answers202AtOnceAndStoresNothing()
    {
        var vtexId = VtexEvents.NewOrderId();

        var (status, _, _) = await StorefrontOrders.SendAsync(_http, VtexEvents.Request(VtexEvents.Hook(vtexId)));

        // Answered before reading the OMS; the read fails in its message, retried and then dead-lettered for ops.
        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Null(await StorefrontOrders.FindAsync(_http, VtexEvents.OrderRef(vtexId)));
    }

    [Fact]
    public async Task Hook_WhenTheNotificationLacksItsState_Answers202AndParksIt()
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(VtexEvents.Hook(VtexEvents.NewOrderId()))!.AsObject();
        body.Remove("State");

        var (status, answer, _) = await StorefrontOrders.SendAsync(_http, VtexEvents.Request(body.ToJsonString()));

        // VTEX retries anything but a 2xx: the notification is kept for a person instead.
        Assert.Equal(HttpStatusCode.Accepted, status);
        var parked = await StorefrontOrders.ParkedAsync(_http, answer.GetProperty("parkedId").GetString()!);
        Assert.True(parked.GetProperty("delivery").GetProperty("errors").TryGetProperty("State", out _));
    }

    [Fact]
    public async Task SubscriptionCheck_WhenVtexDroppedTheHook_RecreatesItAndVtexsPingIsAnswered()
    {
        using var sandbox = new HttpClient { BaseAddress = Sandbox.Url };
        using var remove = new HttpRequestMessage(HttpMethod.Delete, "/vtex/api/orders/hook/config");
        remove.Headers.Add("X-VTEX-API-AppKey", LocalSettings.Get("Vtex__AppKey"));
        remove.Headers.Add("X-VTEX-API-AppToken", LocalSettings.Get("Vtex__AppToken"));
        (await sandbox.SendAsync(remove)).EnsureSuccessStatusCode();

        using var run = await _http.PostAsync("/admin/functions/VtexSubscriptionCheck", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        run.EnsureSuccessStatusCode();

        // The sandbox saves a hook only after the hub answered its ping with 200, as VTEX does.
        var hook = await Eventually.MatchesAsync(
            async () =>
            {
                using var read = new HttpRequestMessage(HttpMethod.Get, "/vtex/api/orders/hook/config");
                read.Headers.Add("X-VTEX-API-AppKey", LocalSettings.Get("Vtex__AppKey"));
                read.Headers.Add("X-VTEX-API-AppToken", LocalSettings.Get("Vtex__AppToken"));
                using var response = await sandbox.SendAsync(read);
                return response.IsSuccessStatusCode ? System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone() : default;
            },
            config => config.ValueKind == System.Text.Json.JsonValueKind.Object,
            StorefrontOrders.Patience,
            "the VTEX hook re-created");
        Assert.Equal(LocalSettings.Get("Vtex__HookUrl"), hook.GetProperty("hook").GetProperty("url").GetString());
        Assert.Equal(LocalSettings.Get("Vtex__HookHeaderValue"), hook.GetProperty("hook").GetProperty("headers").GetProperty(LocalSettings.Get("Vtex__HookHeaderName")).GetString());
    }
}
