using System.Net;
using System.Text;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Domain.Orders;
using BackOffice.Partners.Http;
using BackOffice.Partners.Tests.Support;
using static BackOffice.Partners.Tests.Support.RecordingHandler;

namespace BackOffice.Partners.Tests.Vtex;

public sealed class VtexContractTests : IDisposable
{
    private const string Partner = "Vtex";
    private readonly PartnerHost _host = new();

    private IVtexOrderSource Source => _host.Get<IVtexOrderSource>();

    private static readonly VtexSubscription Desired = new("https://hub.example.com/api/webhooks/vtex?code=k", "X-Hook-Token", "s3cret", ["ready-for-handling", "cancel", "canceled"]);

    private IVtexSubscriptions Subscriptions => _host.Get<IVtexSubscriptions>();

    private IStorefrontNotifier Notifier => _host.Get<IEnumerable<IStorefrontNotifier>>().Single(notifier => notifier.Channel == SalesChannel.Vtex);

    [Fact]
    public async Task GetOrderAsync_WhenVtexHasIt_ReturnsTheRawBodyWithAppKeyAndTokenSent()
    {
        _host.Network.On(HttpMethod.Get, "/api/oms/pvt/orders/1468292613054-01", Sample(HttpStatusCode.OK, Partner, "order.json"));

        var body = await Source.GetOrderAsync("1468292613054-01", CancellationToken.None);

        var sent = Assert.Single(_host.Network.Requests);
        Assert.Equal("https://lojaexemplo.vtexcommercestable.com.br/api/oms/pvt/orders/1468292613054-01", sent.Uri.ToString());
        Assert.Equal(("vtexappkey-lojaexemplo-ABCDEF", "vtex-app-token"), (sent.Header("X-VTEX-API-AppKey"), sent.Header("X-VTEX-API-AppToken")));
        Assert.Equal(Samples.Read(Partner, "order.json"), Encoding.UTF8.GetString(body!.Value.Span));
    }

    [Fact]
    public async Task GetOrderAsync_WhenTheBaseUrlHasAPath_KeepsIt()
    {
        using var host = new PartnerHost(settings => settings["Vtex:BaseUrl"] = "http://127.0.0.1:7080/vtex/");
        host.Network.On(HttpMethod.Get, "/orders/1-01", Sample(HttpStatusCode.OK, Partner, "order.json"));

        await host.Get<IVtexOrderSource>().GetOrderAsync("1-01", CancellationToken.None);

        Assert.Equal("http://127.0.0.1:7080/vtex/api/oms/pvt/orders/1-01", Assert.Single(host.Network.Requests).Uri.ToString());
    }

    [Fact]
    public async Task GetOrderAsync_WhenVtexAnswers404_ReturnsNull()
    {
        _host.Network.On(HttpMethod.Get, "/api/oms/pvt/orders/1-01", Json(HttpStatusCode.NotFound, """{"error":{"code":"OMS001","message":"Order not found.","exception":null}}"""));

        Assert.Null(await Source.GetOrderAsync("1-01", CancellationToken.None));
    }

    [Fact]
    public async Task EnsureAsync_WhenVtexDroppedTheHookAndTheFeed_SavesBothAsTheHubWantsThem()
    {
        _host.Network.On(HttpMethod.Get, "/api/orders/hook/config", Status(HttpStatusCode.NotFound));
        _host.Network.On(HttpMethod.Get, "/api/orders/feed/config", Status(HttpStatusCode.NotFound));
        _host.Network.On(HttpMethod.Post, "/api/orders/hook/config", Status(HttpStatusCode.OK));
        _host.Network.On(HttpMethod.Post, "/api/orders/feed/config", Status(HttpStatusCode.OK));

        var report = await Subscriptions.EnsureAsync(Desired, CancellationToken.None);

        Assert.Equal(new VtexSubscriptionReport(HookRecreated: true, FeedRecreated: true), report);
        var hook = _host.Network.Requests.Single(request => request.Method == HttpMethod.Post && request.Uri.AbsolutePath.EndsWith("/hook/config", StringComparison.Ordinal)).Json;
        Assert.Equal("https://hub.example.com/api/webhooks/vtex?code=k", hook.GetProperty("hook").GetProperty("url").GetString());
        Assert.Equal("s3cret", hook.GetProperty("hook").GetProperty("headers").GetProperty("X-Hook-Token").GetString());
        Assert.Equal("FromWorkflow", hook.GetProperty("filter").GetProperty("type").GetString());
        var feed = _host.Network.Requests.Single(request => request.Method == HttpMethod.Post && request.Uri.AbsolutePath.EndsWith("/feed/config", StringComparison.Ordinal)).Json;
        // VTEX's schema spells this one with a capital M, and caps it at 1209600 s.
        Assert.True(feed.GetProperty("queue").GetProperty("MessageRetentionPeriodInSeconds").GetInt32() <= 1209600);
    }

    [Fact]
    public async Task EnsureAsync_WhenBothAreStillOurs_SavesNothing()
    {
        _host.Network.On(HttpMethod.Get, "/api/orders/hook/config", Json(HttpStatusCode.OK, """
            { "filter": { "type": "FromWorkflow", "status": ["ready-for-handling", "cancel", "canceled"] },
              "hook": { "url": "https://hub.example.com/api/webhooks/vtex?code=k", "headers": { "X-Hook-Token": "s3cret" } } }
            """));
        _host.Network.On(HttpMethod.Get, "/api/orders/feed/config", Json(HttpStatusCode.OK, """
            { "filter": { "type": "FromWorkflow", "status": ["ready-for-handling", "cancel", "canceled"] },
              "queue": { "visibilityTimeoutInSeconds": 250, "messageRetentionPeriodInSeconds": 345600 }, "quantity": 0 }
            """));

        var report = await Subscriptions.EnsureAsync(Desired, CancellationToken.None);

        Assert.Equal(new VtexSubscriptionReport(false, false), report);
        Assert.DoesNotContain(_host.Network.Requests, request => request.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task GetOrderAsync_WhenVtexAnswers429_StopsAtOnceAndAsksForAboutAMinutesPause()
    {
        _host.Network.Always(HttpMethod.Get, "/api/oms/pvt/orders/1-01", Status(HttpStatusCode.TooManyRequests));

        var error = await Assert.ThrowsAsync<BackOffice.Partners.Vtex.VtexRateLimitedException>(() => Source.GetOrderAsync("1-01", CancellationToken.None));

        // VTEX: after a 429, stop making requests for a while; not retried in-process, the message comes back later.
        Assert.Single(_host.Network.Requests);
        Assert.True(error.RetryAfter >= TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task GetOrderAsync_WhenVtexKeepsFailing_RetriesThenThrows()
    {
        _host.Network.Always(HttpMethod.Get, "/api/oms/pvt/orders/1-01", Status(HttpStatusCode.ServiceUnavailable));

        var error = await Assert.ThrowsAsync<PartnerApiException>(() => Source.GetOrderAsync("1-01", CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(3, _host.Network.Requests.Count);
    }

    [Fact]
    public async Task ReadFeedAsync_WhenItemsWait_ParsesHandleOrderStateAndTime()
    {
        _host.Network.On(HttpMethod.Get, "/api/orders/feed", Sample(HttpStatusCode.OK, Partner, "feed.json"));

        var events = await Source.ReadFeedAsync(10, CancellationToken.None);

        Assert.Equal("/api/orders/feed?maxlot=10", Assert.Single(_host.Network.Requests).PathAndQuery);
        Assert.Equal(2, events.Count);
        Assert.Equal(
            new StorefrontFeedEvent("AQEB8kD3rHc0QNlMaBfC2JX9vQ4g6Pp5sTr0Yj1wKf8=", "1468292613054-01", "ready-for-handling", new DateTimeOffset(2026, 11, 23, 14, 58, 11, 255, TimeSpan.Zero).AddTicks(122)),
            events[0]);
        Assert.Equal("canceled", events[1].State);
    }

    [Fact]
    public async Task CommitFeedAsync_WhenHandled_PostsTheHandles()
    {
        _host.Network.On(HttpMethod.Post, "/api/orders/feed", Status(HttpStatusCode.NoContent));

        await Source.CommitFeedAsync(["hdl_1", "hdl_2"], CancellationToken.None);

        var sent = Assert.Single(_host.Network.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(["hdl_1", "hdl_2"], sent.Json.GetProperty("handles").EnumerateArray().Select(handle => handle.GetString()));
    }

    [Fact]
    public async Task NotifyAsync_WhenReceived_PostsStartHandling()
    {
        _host.Network.On(HttpMethod.Post, "/api/oms/pvt/orders/1468292613054-01/start-handling", Status(HttpStatusCode.NoContent));

        var reply = await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Received), CancellationToken.None);

        Assert.False(reply.IsRefused);
        Assert.Equal("/api/oms/pvt/orders/1468292613054-01/start-handling", Assert.Single(_host.Network.Requests).PathAndQuery);
    }

    [Fact]
    public async Task NotifyAsync_WhenStartHandlingWasAlreadyDone_TakesOms003AsAccepted()
    {
        _host.Network.On(HttpMethod.Post, "/start-handling", Sample(HttpStatusCode.Conflict, Partner, "error-oms003.json"));

        var reply = await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Received), CancellationToken.None);

        Assert.False(reply.IsRefused);
        Assert.Single(_host.Network.Requests);
    }

    [Fact]
    public async Task NotifyAsync_WhenInvoiced_PostsTheNfeWithValueInCentsAsText()
    {
        _host.Network.On(HttpMethod.Get, "/api/oms/pvt/orders/1468292613054-01", Sample(HttpStatusCode.OK, Partner, "order.json"));
        _host.Network.On(HttpMethod.Post, "/api/oms/pvt/orders/1468292613054-01/invoice", Sample(HttpStatusCode.OK, Partner, "receipt.json"));

        var reply = await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Invoiced), CancellationToken.None);

        Assert.False(reply.IsRefused);
        var body = _host.Network.Requests.Single(request => request.Method == HttpMethod.Post).Json;
        Assert.Equal("Output", body.GetProperty("type").GetString());
        Assert.Equal("1234", body.GetProperty("invoiceNumber").GetString());
        Assert.Equal("30890", body.GetProperty("invoiceValue").GetString());
        Assert.Equal(Key, body.GetProperty("invoiceKey").GetString());
        Assert.Equal("2026-11-23T15:30:00Z", body.GetProperty("issuanceDate").GetString());
        Assert.Equal("https://files.example.com/nfe-1234.xml", body.GetProperty("invoiceUrl").GetString());
        Assert.Equal("<nfeProc versao=\"4.00\"/>", body.GetProperty("embeddedInvoice").GetString());
        var item = body.GetProperty("items")[0];
        // The line's store reference (refId) goes out as VTEX's own SKU id, read from the order.
        Assert.Equal(("2000535", 1250, 2), (item.GetProperty("id").GetString(), item.GetProperty("price").GetInt64(), item.GetProperty("quantity").GetInt32()));
    }

    [Fact]
    public async Task NotifyAsync_WhenInvoiced_SendsABodyVtexsSchemaTakesWithTheTrackingLeftEmpty()
    {
        _host.Network.On(HttpMethod.Get, "/api/oms/pvt/orders/1468292613054-01", Sample(HttpStatusCode.OK, Partner, "order.json"));
        _host.Network.On(HttpMethod.Post, "/api/oms/pvt/orders/1468292613054-01/invoice", Sample(HttpStatusCode.OK, Partner, "receipt.json"));

        await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Invoiced), CancellationToken.None);

        var body = _host.Network.Requests.Single(request => request.Method == HttpMethod.Post).Json;
        Assert.Empty(OpenApiSchema.Breaches(Schema("invoice"), body));
        // VTEX's schema: trackingNumber and trackingUrl "should be left empty" when the request sends the invoice.
        Assert.True(!body.TryGetProperty("trackingNumber", out var number) || string.IsNullOrEmpty(number.GetString()));
        Assert.True(!body.TryGetProperty("trackingUrl", out var url) || string.IsNullOrEmpty(url.GetString()));
    }

    [Theory]
    [InlineData(StorefrontNoticeKind.ReadyToShip)]
    [InlineData(StorefrontNoticeKind.Shipped)]
    public async Task NotifyAsync_WhenTracked_PatchesEveryFieldVtexsSchemaRequires(StorefrontNoticeKind kind)
    {
        _host.Network.On(HttpMethod.Patch, "/api/oms/pvt/orders/1468292613054-01/invoice/1234", Sample(HttpStatusCode.OK, Partner, "receipt.json"));

        await Notifier.NotifyAsync(Notice(kind), CancellationToken.None);

        var body = Assert.Single(_host.Network.Requests).Json;
        Assert.Empty(OpenApiSchema.Breaches(Schema("invoiceTracking"), body));
        Assert.Equal("https://www.melhorrastreio.com.br/rastreio/BR123456789BR", body.GetProperty("trackingUrl").GetString());
        Assert.Equal("Correios", body.GetProperty("courier").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("dispatchedDate").GetString()));
    }

    [Fact]
    public async Task NotifyAsync_WhenShipped_PatchesTheInvoiceWithTracking()
    {
        _host.Network.On(HttpMethod.Patch, "/api/oms/pvt/orders/1468292613054-01/invoice/1234", Sample(HttpStatusCode.OK, Partner, "receipt.json"));

        await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Shipped), CancellationToken.None);

        var body = Assert.Single(_host.Network.Requests).Json;
        Assert.Equal("BR123456789BR", body.GetProperty("trackingNumber").GetString());
        Assert.Equal("2026-11-24T10:00:00Z", body.GetProperty("dispatchedDate").GetString());
    }

    [Fact]
    public async Task NotifyAsync_WhenTrackingComesBeforeTheInvoice_ThrowsSoTheNoticeIsRetried()
    {
        _host.Network.On(HttpMethod.Patch, "/invoice/1234", Json(HttpStatusCode.NotFound, """{"error":{"code":"1","message":"Invoice 1234 not found.","exception":null}}"""));

        var error = await Assert.ThrowsAsync<PartnerApiException>(() => Notifier.NotifyAsync(Notice(StorefrontNoticeKind.ReadyToShip), CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, error.Status);
    }

    [Fact]
    public async Task NotifyAsync_WhenCancellingAnInvoicedOrder_ReturnsTheRefusalWithoutRetrying()
    {
        _host.Network.On(HttpMethod.Post, "/api/oms/pvt/orders/1468292613054-01/cancel", Sample(HttpStatusCode.Conflict, Partner, "error-cancel-invoiced.json"));

        var reply = await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Cancelled), CancellationToken.None);

        Assert.Contains("already invoiced", reply.Refusal, StringComparison.Ordinal);
        Assert.Equal("PaymentDeclined: card refused", Assert.Single(_host.Network.Requests).Json.GetProperty("reason").GetString());
    }

    public void Dispose() => _host.Dispose();

    /// <summary>A request schema from VTEX's own OpenAPI file (see the sample's <c>source</c>).</summary>
    private static System.Text.Json.JsonElement Schema(string name) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vtex", "Samples", "openapi-invoice-requests.json"))).RootElement.GetProperty(name);

    private const string Key = "35261111222333000181550010000012341000012345";

    private static StorefrontNotice Notice(StorefrontNoticeKind kind) => new(
        kind,
        SalesChannel.Vtex,
        "vtex-1468292613054-01",
        "1468292613054-01",
        $"vtex-1468292613054-01:{kind}",
        [new OrderLine("TEN-COR-LEV-41", "Tênis Corrida Leve Masculino 41", 2, 1250)],
        new StorefrontInvoice("1234", "1", Key, 30890, new DateTimeOffset(2026, 11, 23, 12, 30, 0, TimeSpan.FromHours(-3)), "https://files.example.com/nfe-1234.xml", "<nfeProc versao=\"4.00\"/>"),
        new StorefrontTracking("BR123456789BR", null, new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero)),
        "PaymentDeclined: card refused");
}
