using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using BackOffice.Application.Partners.Fiscal;
using BackOffice.Application.Partners.Payments;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Application.Shipping;
using BackOffice.Partners.Http;
using BackOffice.Partners.Resilience;
using BackOffice.Partners.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static BackOffice.Partners.Tests.Support.RecordingHandler;

namespace BackOffice.Partners.Tests.Resilience;

public sealed class RetryPolicyTests : IDisposable
{
    private readonly PartnerHost _host = new();

    private IPaymentGateway Gateway => _host.Get<IPaymentGateway>();

    [Fact]
    public async Task A_503_is_retried()
    {
        _host.Network.On(HttpMethod.Get, "/charges/ch_1", Status(HttpStatusCode.ServiceUnavailable), Sample(HttpStatusCode.OK, "Pagarme", "charge-paid.json"));

        var charge = await Gateway.GetChargeAsync("ch_1", CancellationToken.None);

        Assert.Equal(ChargeStatus.Paid, charge.Status);
        Assert.Equal(2, _host.Network.Requests.Count);
    }

    [Fact]
    public async Task A_write_with_an_idempotency_key_is_retried_with_the_same_key()
    {
        _host.Network.On(HttpMethod.Post, "/charges/ch_1/capture", Status(HttpStatusCode.BadGateway), Sample(HttpStatusCode.OK, "Pagarme", "charge-paid.json"));

        await Gateway.CaptureAsync("ch_1", 7490, "capture-1", CancellationToken.None);

        Assert.Equal(2, _host.Network.Requests.Count);
        Assert.All(_host.Network.Requests, r => Assert.Equal("capture-1", r.Header("idempotency-key")));
        Assert.All(_host.Network.Requests, r => Assert.Equal("""{"amount":7490}""", r.Body));
    }

    [Fact]
    public async Task A_400_is_not_retried()
    {
        _host.Network.Always(HttpMethod.Get, "/charges/ch_1", Json(HttpStatusCode.BadRequest, """{ "message": "invalid charge id" }"""));

        var error = await Assert.ThrowsAsync<PartnerApiException>(() => Gateway.GetChargeAsync("ch_1", CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Single(_host.Network.Requests);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts()
    {
        _host.Network.Always(HttpMethod.Get, "/charges/ch_1", Status(HttpStatusCode.InternalServerError));

        await Assert.ThrowsAsync<PartnerApiException>(() => Gateway.GetChargeAsync("ch_1", CancellationToken.None));

        Assert.Equal(3, _host.Network.Requests.Count);
    }

    [Fact]
    public async Task A_429_waits_as_long_as_Retry_After_asks()
    {
        _host.Network.On(
            HttpMethod.Get,
            "/charges/ch_1",
            Status(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1))),
            Sample(HttpStatusCode.OK, "Pagarme", "charge-paid.json"));
        var clock = Stopwatch.StartNew();

        await Gateway.GetChargeAsync("ch_1", CancellationToken.None);

        var requests = _host.Network.Requests;
        Assert.Equal(2, requests.Count);
        // The configured back-off is 10 ms: only the header explains a one-second pause.
        Assert.True(requests[1].SentAt - requests[0].SentAt >= TimeSpan.FromMilliseconds(900), $"waited {requests[1].SentAt - requests[0].SentAt}");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task Focus_NFe_Rate_Limit_Reset_is_honoured()
    {
        _host.Network.On(
            HttpMethod.Get,
            "/v2/nfe/NFE-1",
            Json(HttpStatusCode.TooManyRequests, """{ "codigo": "limite_excedido", "mensagem": "Limite de requisições excedido" }""", r => r.Headers.TryAddWithoutValidation(RetryAfterHint.RateLimitReset, "1")),
            Sample(HttpStatusCode.OK, "FocusNfe", "nfe-authorized.json"));

        var status = await _host.Get<IFiscalDocumentIssuer>().GetAsync("NFE-1", CancellationToken.None);

        Assert.Equal(FiscalDocumentState.Authorized, status.State);
        var requests = _host.Network.Requests;
        Assert.True(requests[1].SentAt - requests[0].SentAt >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_we_block_for_goes_back_to_the_caller()
    {
        _host.Network.Always(HttpMethod.Get, "/charges/ch_1", Status(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(5))));

        var error = await Assert.ThrowsAsync<PartnerApiException>(() => Gateway.GetChargeAsync("ch_1", CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Single(_host.Network.Requests);
    }

    [Fact]
    public async Task Melhor_Envio_cart_is_not_resent_after_an_ambiguous_failure()
    {
        _host.Network.Always(HttpMethod.Post, "/me/cart", Status(HttpStatusCode.GatewayTimeout));

        await Assert.ThrowsAsync<PartnerApiException>(() => _host.Get<IShippingCarrier>().AddToCartAsync(ShipmentRequest(), CancellationToken.None));

        Assert.Single(_host.Network.Requests);
    }

    [Fact]
    public async Task Melhor_Envio_cart_is_resent_when_the_request_was_surely_refused()
    {
        _host.Network.On(HttpMethod.Post, "/me/cart", Status(HttpStatusCode.TooManyRequests), Sample(HttpStatusCode.Created, "MelhorEnvio", "cart.json"));

        await _host.Get<IShippingCarrier>().AddToCartAsync(ShipmentRequest(), CancellationToken.None);

        Assert.Equal(2, _host.Network.Requests.Count);
    }

    [Fact]
    public async Task Melhor_Envio_reads_are_retried()
    {
        _host.Network.On(HttpMethod.Post, "/me/shipment/tracking", Status(HttpStatusCode.GatewayTimeout), Sample(HttpStatusCode.OK, "MelhorEnvio", "tracking.json"));

        await _host.Get<IShippingCarrier>().TrackAsync("9b7c6f2e-1a4d-4c8e-b3f5-2d6a9e0c1b7a", CancellationToken.None);

        Assert.Equal(2, _host.Network.Requests.Count);
    }

    [Theory]
    [InlineData("/api/v2/me/cart", false)]
    [InlineData("/api/v2/me/shipment/checkout", false)]
    [InlineData("/api/v2/me/shipment/generate", true)]
    [InlineData("/api/v2/me/shipment/tracking", true)]
    public void Melhor_Envio_writes_without_a_key_are_not_replay_safe(string path, bool safe)
        => Assert.Equal(safe, PartnerRegistration.MelhorEnvioReplaySafety(new HttpRequestMessage(HttpMethod.Post, "https://melhorenvio.com.br" + path)));

    [Fact]
    public void Retry_After_as_a_date_and_Rate_Limit_Reset_as_a_Unix_time_are_understood()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 5, 2, 12, 0, 0, TimeSpan.Zero));
        using var dated = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        dated.Headers.RetryAfter = new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(20));
        using var unix = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        unix.Headers.TryAddWithoutValidation(RetryAfterHint.RateLimitReset, time.GetUtcNow().AddSeconds(45).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(TimeSpan.FromSeconds(20), RetryAfterHint.From(dated, time));
        Assert.Equal(TimeSpan.FromSeconds(45), RetryAfterHint.From(unix, time));
    }

    private static ShipmentRequest ShipmentRequest() => new("SHOP-1001", TestData.Person, TestData.RioDeJaneiro, TestData.Lines, "3524", new Parcel(800, 10, 20, 30, 7490), 1);

    public void Dispose() => _host.Dispose();
}
