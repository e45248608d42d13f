using System.Net;
using BackOffice.Application.Partners.Storefronts;
using BackOffice.Domain.Orders;
using BackOffice.Partners.Shopify;
using BackOffice.Partners.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static BackOffice.Partners.Tests.Support.RecordingHandler;

namespace BackOffice.Partners.Tests.Shopify;

/// <summary>
/// Dev Dashboard apps get Admin API tokens by the client-credentials grant, valid 24 hours
/// (shopify.dev/docs/apps/build/authentication-authorization/client-credentials-grant): acquired, cached, renewed.
/// </summary>
public sealed class ShopifyTokenTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly PartnerHost _host;

    public ShopifyTokenTests()
    {
        _host = new PartnerHost(
            settings =>
            {
                settings["Shopify:AccessToken"] = "";
                settings["Shopify:ClientId"] = "client-id-123";
                settings["Shopify:ClientSecret"] = "client-secret-456";
            },
            _time);
        _host.Network.Always(HttpMethod.Post, "/graphql.json", Sample(HttpStatusCode.OK, "Shopify", "fulfillment-orders-closed.json"));
    }

    private IStorefrontNotifier Notifier => _host.Get<IEnumerable<IStorefrontNotifier>>().Single(notifier => notifier.Channel == SalesChannel.Shopify);

    [Fact]
    public async Task NotifyAsync_WithClientCredentials_GetsATokenByTheGrantAndSendsIt()
    {
        _host.Network.On(HttpMethod.Post, "/admin/oauth/access_token", Sample(HttpStatusCode.OK, "Shopify", "access-token.json"));

        await Notifier.NotifyAsync(Notice(), CancellationToken.None);

        var grant = _host.Network.Requests[0];
        Assert.Equal("https://loja-exemplo.myshopify.com/admin/oauth/access_token", grant.Uri.ToString());
        Assert.Equal("grant_type=client_credentials&client_id=client-id-123&client_secret=client-secret-456", grant.Body);
        Assert.Equal("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", _host.Network.Requests[1].Header("X-Shopify-Access-Token"));
    }

    [Fact]
    public async Task NotifyAsync_WithinTheTokensDay_ReusesIt()
    {
        _host.Network.On(HttpMethod.Post, "/admin/oauth/access_token", Sample(HttpStatusCode.OK, "Shopify", "access-token.json"));

        await Notifier.NotifyAsync(Notice(), CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(23));
        await Notifier.NotifyAsync(Notice(), CancellationToken.None);

        Assert.Single(_host.Network.Requests, request => request.Uri.AbsolutePath == "/admin/oauth/access_token");
    }

    [Fact]
    public async Task NotifyAsync_WhenTheTokenNears24Hours_RenewsItBeforeItExpires()
    {
        _host.Network.On(HttpMethod.Post, "/admin/oauth/access_token",
            Sample(HttpStatusCode.OK, "Shopify", "access-token.json"),
            Json(HttpStatusCode.OK, """{ "access_token": "shpat_renewed", "scope": "write_orders", "expires_in": 86399 }"""));

        await Notifier.NotifyAsync(Notice(), CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(55));
        await Notifier.NotifyAsync(Notice(), CancellationToken.None);

        Assert.Equal(2, _host.Network.Requests.Count(request => request.Uri.AbsolutePath == "/admin/oauth/access_token"));
        Assert.Equal("shpat_renewed", _host.Network.Requests[^1].Header("X-Shopify-Access-Token"));
    }

    [Fact]
    public async Task NotifyAsync_WhenShopifyRefusesTheToken_RenewsItOnceAndResends()
    {
        using var host = new PartnerHost(settings =>
        {
            settings["Shopify:AccessToken"] = "";
            settings["Shopify:ClientId"] = "client-id-123";
            settings["Shopify:ClientSecret"] = "client-secret-456";
        });
        host.Network.On(HttpMethod.Post, "/admin/oauth/access_token",
            Sample(HttpStatusCode.OK, "Shopify", "access-token.json"),
            Json(HttpStatusCode.OK, """{ "access_token": "shpat_renewed", "scope": "write_orders", "expires_in": 86399 }"""));
        host.Network.On(HttpMethod.Post, "/graphql.json",
            Json(HttpStatusCode.Unauthorized, """{ "errors": "[API] Invalid API key or access token (unrecognized login or wrong password)" }"""),
            Sample(HttpStatusCode.OK, "Shopify", "fulfillment-orders-closed.json"));

        var reply = await host.Get<IEnumerable<IStorefrontNotifier>>().Single(notifier => notifier.Channel == SalesChannel.Shopify).NotifyAsync(Notice(), CancellationToken.None);

        Assert.False(reply.IsRefused);
        Assert.Equal("shpat_renewed", host.Network.Requests[^1].Header("X-Shopify-Access-Token"));
    }

    [Fact]
    public void Pinned_IsASupportedApiVersionToday()
    {
        // Shopify supports each version at least 12 months, then serves the oldest supported one instead: move the pin.
        Assert.True(
            ShopifyApiVersion.IsSupported(ShopifyApiVersion.Pinned, TimeProvider.System.GetUtcNow()),
            $"Shopify Admin API {ShopifyApiVersion.Pinned} is over 12 months old (or not released): pin a newer version in ShopifyApiVersion.Pinned.");
    }

    [Theory]
    [InlineData("2025-01", "2026-11-30", false)]
    [InlineData("2026-01", "2026-11-30", true)]
    [InlineData("2026-10", "2027-10-02", false)]
    [InlineData("2027-01", "2026-11-30", false)]
    [InlineData("2026-02", "2026-11-30", false)]
    public void IsSupported_WhenAVersionAges_SaysSoPast12Months(string version, string today, bool supported) =>
        Assert.Equal(supported, ShopifyApiVersion.IsSupported(version, DateTimeOffset.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    public void Dispose() => _host.Dispose();

    private static StorefrontNotice Notice() => new(
        StorefrontNoticeKind.Shipped, SalesChannel.Shopify, "shopify-5829104711853", "5829104711853", "shopify-5829104711853:shipped", [], null, new StorefrontTracking("BR1BR", null, null), null);
}
