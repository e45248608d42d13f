using System.Net;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Domain.Orders;
using BackOffice.Partners.Http;
using BackOffice.Partners.Shopify;
using BackOffice.Partners.Tests.Support;
using static BackOffice.Partners.Tests.Support.RecordingHandler;

namespace BackOffice.Partners.Tests.Shopify;

/// <summary>
/// The Shopify client against answers shaped as Shopify's GraphQL Admin API documents them (orderCancel, job,
/// fulfillmentCreate, FulfillmentOrder.assignedLocation) and a static token; <see cref="ShopifyTokenTests"/> covers the grant.
/// </summary>
public sealed class ShopifyContractTests : IDisposable
{
    private const string Partner = "Shopify";
    private const string GraphQl = "https://loja-exemplo.myshopify.com/admin/api/" + ShopifyApiVersion.Pinned + "/graphql.json";
    private readonly PartnerHost _host = new();

    private IStorefrontNotifier Notifier => _host.Get<IEnumerable<IStorefrontNotifier>>().Single(notifier => notifier.Channel == SalesChannel.Shopify);

    [Fact]
    public async Task NotifyAsync_WhenReadyToShip_FulfillsTheOpenFulfillmentOrdersWithTrackingAtThePinnedVersion()
    {
        _host.Network.On(HttpMethod.Post, "/graphql.json",
            Sample(HttpStatusCode.OK, Partner, "fulfillment-orders-open.json"),
            Sample(HttpStatusCode.OK, Partner, "fulfillment-create.json"));

        var reply = await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.ReadyToShip), CancellationToken.None);

        Assert.False(reply.IsRefused);
        Assert.Equal(2, _host.Network.Requests.Count);
        var lookup = _host.Network.Requests[0];
        Assert.Equal(GraphQl, lookup.Uri.ToString());
        Assert.Equal("shpat_test_123", lookup.Header("X-Shopify-Access-Token"));
        Assert.Contains("assignedLocation", lookup.Json.GetProperty("query").GetString(), StringComparison.Ordinal);
        Assert.Equal("gid://shopify/Order/5829104711853", lookup.Json.GetProperty("variables").GetProperty("id").GetString());
        var create = _host.Network.Requests[1].Json;
        Assert.Contains("fulfillmentCreate", create.GetProperty("query").GetString(), StringComparison.Ordinal);
        var fulfillment = create.GetProperty("variables").GetProperty("fulfillment");
        Assert.Equal("gid://shopify/FulfillmentOrder/6601938214061", Assert.Single(fulfillment.GetProperty("lineItemsByFulfillmentOrder").EnumerateArray()).GetProperty("fulfillmentOrderId").GetString());
        var tracking = fulfillment.GetProperty("trackingInfo");
        Assert.Equal("BR123456789BR", tracking.GetProperty("number").GetString());
        // A name from Shopify's "Supported tracking companies" list, exactly as written there.
        Assert.Equal("Correios", tracking.GetProperty("company").GetString());
        Assert.Equal("https://www.melhorrastreio.com.br/rastreio/BR123456789BR", tracking.GetProperty("url").GetString());
        Assert.True(fulfillment.GetProperty("notifyCustomer").GetBoolean());
    }

    [Fact]
    public async Task NotifyAsync_WhenTheOrderShipsFromTwoLocations_CreatesOneFulfillmentPerLocation()
    {
        _host.Network.On(HttpMethod.Post, "/graphql.json",
            Sample(HttpStatusCode.OK, Partner, "fulfillment-orders-two-locations.json"),
            Sample(HttpStatusCode.OK, Partner, "fulfillment-create.json"),
            Sample(HttpStatusCode.OK, Partner, "fulfillment-create.json"));

        var reply = await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.ReadyToShip), CancellationToken.None);

        Assert.False(reply.IsRefused);
        // fulfillmentCreate takes fulfillment orders "assigned to the same location" (shopify.dev, fulfillmentCreate).
        var created = _host.Network.Requests.Skip(1).Select(request => request.Json.GetProperty("variables").GetProperty("fulfillment").GetProperty("lineItemsByFulfillmentOrder"))
            .Select(lines => Assert.Single(lines.EnumerateArray()).GetProperty("fulfillmentOrderId").GetString()).ToList();
        Assert.Equal(["gid://shopify/FulfillmentOrder/6601938214061", "gid://shopify/FulfillmentOrder/6601938279597"], created);
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
    public async Task NotifyAsync_WhenCancelled_SendsOrderCancelAndFollowsItsJobToTheEnd()
    {
        _host.Network.On(HttpMethod.Post, "/graphql.json",
            Sample(HttpStatusCode.OK, Partner, "order-open.json"),
            Sample(HttpStatusCode.OK, Partner, "order-cancel.json"),
            Sample(HttpStatusCode.OK, Partner, "job-running.json"),
            Sample(HttpStatusCode.OK, Partner, "job-done.json"),
            Sample(HttpStatusCode.OK, Partner, "order-cancelled.json"));

        var reply = await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Cancelled), CancellationToken.None);

        Assert.False(reply.IsRefused);
        Assert.All(_host.Network.Requests, request => Assert.Equal(GraphQl, request.Uri.ToString()));
        var cancel = _host.Network.Requests[1].Json;
        Assert.Contains("orderCancel(", cancel.GetProperty("query").GetString(), StringComparison.Ordinal);
        var variables = cancel.GetProperty("variables");
        Assert.Equal("gid://shopify/Order/5829104711853", variables.GetProperty("orderId").GetString());
        Assert.Equal("DECLINED", variables.GetProperty("reason").GetString());
        Assert.False(variables.GetProperty("refundMethod").GetProperty("originalPaymentMethodsRefund").GetBoolean());
        Assert.False(variables.GetProperty("restock").GetBoolean());
        Assert.Equal("gid://shopify/Job/4a8c7f21-9d3e-4b5a-8f6e-1c2d3e4f5a6b", _host.Network.Requests[2].Json.GetProperty("variables").GetProperty("id").GetString());
        Assert.Equal(5, _host.Network.Requests.Count);
    }

    [Fact]
    public async Task NotifyAsync_WhenTheCancelJobIsStillRunning_ThrowsSoTheNoticeIsRetried()
    {
        _host.Network.On(HttpMethod.Post, "/graphql.json", Sample(HttpStatusCode.OK, Partner, "order-open.json"), Sample(HttpStatusCode.OK, Partner, "order-cancel.json"));
        _host.Network.Always(HttpMethod.Post, "/graphql.json", Sample(HttpStatusCode.OK, Partner, "job-running.json"));

        await Assert.ThrowsAsync<PartnerApiException>(() => Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Cancelled), CancellationToken.None));
    }

    [Fact]
    public async Task NotifyAsync_WhenAlreadyCancelled_TakesItAsDoneWithoutAnotherCancel()
    {
        _host.Network.On(HttpMethod.Post, "/graphql.json", Sample(HttpStatusCode.OK, Partner, "order-cancelled.json"));

        Assert.False((await Notifier.NotifyAsync(Notice(StorefrontNoticeKind.Cancelled), CancellationToken.None)).IsRefused);
        Assert.Single(_host.Network.Requests);
    }

    [Fact]
    public async Task NotifyAsync_WhenShopifyRefusesTheCancel_ReturnsTheRefusal()
    {
        _host.Network.On(HttpMethod.Post, "/graphql.json",
            Sample(HttpStatusCode.OK, Partner, "order-open.json"),
            Sample(HttpStatusCode.OK, Partner, "order-cancel-user-error.json"),
            Sample(HttpStatusCode.OK, Partner, "order-open.json"));

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
    [InlineData("RiskDenied: RPM", "FRAUD")]
    [InlineData("PaymentExpired", "DECLINED")]
    [InlineData("OrderCancelled: customer asked", "OTHER")]
    [InlineData(null, "OTHER")]
    public void ReasonFor_WhenTheHubCancelled_MapsToShopifysOrderCancelReason(string? reason, string expected) =>
        Assert.Equal(expected, ShopifyStorefrontNotifier.ReasonFor(reason));

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
