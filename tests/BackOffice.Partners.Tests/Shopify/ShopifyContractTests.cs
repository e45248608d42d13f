using System.Net;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Domain.Orders;
using BackOffice.Partners.Http;
using BackOffice.Partners.Tests.Support;
using static BackOffice.Partners.Tests.Support.RecordingHandler;

namespace BackOffice.Partners.Tests.Shopify;

public sealed class ShopifyContractTests : IDisposable
{
    private const string Partner = "Shopify";
    private readonly PartnerHost _host = new();

    private IStorefrontNotifier Notifier => _host.Get<IEnumerable<IStorefrontNotifier>>().Single(notifier => notifier.Channel == SalesChannel.Shopify);

    [Fact]
    public async Task NotifyAsync_WhenReadyToShip_FulfillsTheOpenFulfillmentOrdersWithTracking()
    {
        _host.Network.On(HttpMethod.Post, "/graphql.json",
            Sample(HttpStatusCode.OK, Partner, "fulfillment-orders-open.json"),
            Sample(HttpStatusCode.OK, Partner, "fulfillment-create.json"));

        var reply = await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.ReadyToShip), CancellationToken.None);

        Assert.False(reply.IsRefused);
        Assert.Equal(2, _host.Network.Requests.Count);
        var lookup = _host.Network.Requests[0];
        Assert.Equal("https://loja-exemplo.myshopify.com/admin/api/2025-01/graphql.json", lookup.Uri.ToString());
        Assert.Equal("shpat_test_123", lookup.Header("X-Shopify-Access-Token"));
        Assert.Contains("fulfillmentOrders", lookup.Json.GetProperty("query").GetString(), StringComparison.Ordinal);
        Assert.Equal("gid://shopify/Order/5829104711853", lookup.Json.GetProperty("variables").GetProperty("id").GetString());
        var create = _host.Network.Requests[1].Json;
        Assert.Contains("fulfillmentCreate", create.GetProperty("query").GetString(), StringComparison.Ordinal);
        var fulfillment = create.GetProperty("variables").GetProperty("fulfillment");
        Assert.Equal("gid://shopify/FulfillmentOrder/6601938214061", Assert.Single(fulfillment.GetProperty("lineItemsByFulfillmentOrder").EnumerateArray()).GetProperty("fulfillmentOrderId").GetString());
        Assert.Equal("BR123456789BR", fulfillment.GetProperty("trackingInfo").GetProperty("number").GetString());
        Assert.True(fulfillment.GetProperty("notifyCustomer").GetBoolean());
    }

    [Fact]
    public async Task NotifyAsync_WhenTheBaseUrlIsTheSandboxs_KeepsItsVersionPath()
    {
        using var host = new PartnerHost(settings => settings["Shopify:BaseUrl"] = "http://127.0.0.1:7080/shopify/admin/api/2025-01/");
        host.Network.On(HttpMethod.Post, "/cancel.json", Sample(HttpStatusCode.OK, Partner, "cancel.json"));

        await host.Get<IEnumerable<IStorefrontNotifier>>().Single(notifier => notifier.Channel == SalesChannel.Shopify)
            .NotifyAsync(Notice(StorefrontNoticeKind.Cancelled), CancellationToken.None);

        Assert.Equal("http://127.0.0.1:7080/shopify/admin/api/2025-01/orders/5829104711853/cancel.json", Assert.Single(host.Network.Requests).Uri.ToString());
    }

    [Fact]
    public async Task NotifyAsync_WhenNoFulfillmentOrderIsOpen_CreatesNothing()
    {
        _host.Network.On(HttpMethod.Post, "/graphql.json", Sample(HttpStatusCode.OK, Partner, "fulfillment-orders-closed.json"));

        var reply = await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Shipped), CancellationToken.None);

        Assert.False(reply.IsRefused);
        Assert.Single(_host.Network.Requests);
    }

    [Fact]
    public async Task NotifyAsync_WhenShopifyHasUserErrors_ReturnsThemAsRefusal()
    {
        _host.Network.On(HttpMethod.Post, "/graphql.json",
            Sample(HttpStatusCode.OK, Partner, "fulfillment-orders-open.json"),
            Sample(HttpStatusCode.OK, Partner, "fulfillment-create-user-error.json"));

        var reply = await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.ReadyToShip), CancellationToken.None);

        Assert.Contains("unfulfillable", reply.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_WhenThrottled_Throws()
    {
        _host.Network.On(HttpMethod.Post, "/graphql.json", Sample(HttpStatusCode.OK, Partner, "throttled.json"));

        await Assert.ThrowsAsync<PartnerApiException>(() => Notifier.NotifyAsync(Notice(StorefrontNoticeKind.ReadyToShip), CancellationToken.None));
    }

    [Fact]
    public async Task NotifyAsync_WhenFulfillmentCreateTimesOutWith500_DoesNotResendIt()
    {
        _host.Network.On(HttpMethod.Post, "/graphql.json", Sample(HttpStatusCode.OK, Partner, "fulfillment-orders-open.json"));
        _host.Network.Always(HttpMethod.Post, "/graphql.json", Status(HttpStatusCode.InternalServerError));

        await Assert.ThrowsAsync<PartnerApiException>(() => Notifier.NotifyAsync(Notice(StorefrontNoticeKind.ReadyToShip), CancellationToken.None));

        Assert.Equal(2, _host.Network.Requests.Count);
    }

    [Fact]
    public async Task NotifyAsync_WhenCancelled_PostsCancelJsonWithShopifysReason()
    {
        _host.Network.On(HttpMethod.Post, "/orders/5829104711853/cancel.json", Sample(HttpStatusCode.OK, Partner, "cancel.json"));

        var reply = await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Cancelled), CancellationToken.None);

        Assert.False(reply.IsRefused);
        var sent = Assert.Single(_host.Network.Requests);
        Assert.Equal("https://loja-exemplo.myshopify.com/admin/api/2025-01/orders/5829104711853/cancel.json", sent.Uri.ToString());
        Assert.Equal("declined", sent.Json.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task NotifyAsync_WhenAlreadyCancelled_TakesItAsDone()
    {
        _host.Network.On(HttpMethod.Post, "/cancel.json", Sample(HttpStatusCode.UnprocessableEntity, Partner, "cancel-already.json"));

        Assert.False((await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Cancelled), CancellationToken.None)).IsRefused);
    }

    [Fact]
    public async Task NotifyAsync_WhenTheOrderHasFulfillments_ReturnsTheRefusal()
    {
        _host.Network.On(HttpMethod.Post, "/cancel.json", Sample(HttpStatusCode.UnprocessableEntity, Partner, "cancel-fulfilled.json"));

        var reply = await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Cancelled), CancellationToken.None);

        Assert.Contains("has fulfillments", reply.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StorefrontNoticeKind.Received)]
    [InlineData(StorefrontNoticeKind.Invoiced)]
    public async Task NotifyAsync_WhenShopifyHasNoStepForIt_CallsNothing(StorefrontNoticeKind kind)
    {
        Assert.False((await Notifier.NotifyAsync(Notice(kind), CancellationToken.None)).IsRefused);
        Assert.Empty(_host.Network.Requests);
    }

    [Theory]
    [InlineData("RiskDenied: RPM", "fraud")]
    [InlineData("PaymentExpired", "declined")]
    [InlineData("OrderCancelled: customer asked", "other")]
    [InlineData(null, "other")]
    public void ReasonFor_WhenTheHubCancelled_MapsToShopifysReasons(string? reason, string expected) =>
        Assert.Equal(expected, BackOffice.Partners.Shopify.ShopifyStorefrontNotifier.ReasonFor(reason));

    public void Dispose() => _host.Dispose();

    private static StorefrontNotice Notice(StorefrontNoticeKind kind) => new(
        kind,
        SalesChannel.Shopify,
        "shopify-5829104711853",
        "5829104711853",
        $"shopify-5829104711853:{kind}",
        [new OrderLine("TSHIRT-M", "Camiseta básica M", 2, 1250)],
        null,
        new StorefrontTracking("BR123456789BR", null, null),
        "PaymentDeclined: card refused");
}
