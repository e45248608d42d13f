using System.Net;
using System.Text.Json;
using BackOffice.Partners.Pagarme;
using BackOffice.Partners.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static BackOffice.Partners.Tests.Support.RecordingHandler;

namespace BackOffice.Partners.Tests.Pagarme;

/// <summary>Pagar.me's webhook keys, read from its JWKS as Pagar.me's own validator reads them.</summary>
public sealed class PagarmeWebhookKeysTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-30T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly PartnerHost _host;

    public PagarmeWebhookKeysTests() => _host = new PartnerHost(time: _time);

    [Fact]
    public async Task FindRsaKey_fetches_the_jwks_from_hubapi_once_and_answers_from_the_cache()
    {
        _host.Network.Always(HttpMethod.Get, "/.well-known/jwks.json", Json(HttpStatusCode.OK, Jwks("kid-a")));
        var keys = _host.Get<PagarmeWebhookKeys>();

        var first = await keys.FindRsaKeyAsync("kid-a", refresh: false, CancellationToken.None);
        var second = await keys.FindRsaKeyAsync("kid-a", refresh: false, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(TestWebhookKey.Published.PublicKey.Modulus, second!.Value.Modulus);
        var fetch = Assert.Single(_host.Network.Requests);
        Assert.Equal("https://hubapi.pagar.me/.well-known/jwks.json", fetch.Uri.ToString());
        Assert.Null(fetch.Header("Authorization"));
    }

    [Fact]
    public async Task FindRsaKey_when_the_kid_is_unknown_refetches_at_most_once_per_interval()
    {
        _host.Network.Always(HttpMethod.Get, "/.well-known/jwks.json", Json(HttpStatusCode.OK, Jwks("kid-a")));
        var keys = _host.Get<PagarmeWebhookKeys>();
        await keys.FindRsaKeyAsync("kid-a", refresh: false, CancellationToken.None);

        var unknown = await keys.FindRsaKeyAsync("kid-forged", refresh: false, CancellationToken.None);
        await keys.FindRsaKeyAsync("kid-forged-again", refresh: true, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        await keys.FindRsaKeyAsync("kid-forged", refresh: false, CancellationToken.None);

        Assert.Null(unknown);
        Assert.Equal(2, _host.Network.Requests.Count);
    }

    [Fact]
    public void Parse_keeps_only_rsa_signing_keys_for_rs256()
    {
        using var document = JsonDocument.Parse($$"""
            {"keys":[
              {"kty":"RSA","use":"sig","kid":"no-alg","n":"{{N}}","e":"AQAB"},
              {"kty":"RSA","use":"sig","alg":"RS256","kid":"rs256","n":"{{N}}","e":"AQAB"},
              {"kty":"RSA","use":"enc","kid":"encryption","n":"{{N}}","e":"AQAB"},
              {"kty":"EC","use":"sig","kid":"ec","crv":"P-256","x":"AA","y":"AA"},
              {"kty":"RSA","use":"sig","alg":"RS512","kid":"rs512","n":"{{N}}","e":"AQAB"}
            ]}
            """);

        var keys = PagarmeWebhookKeys.Parse(document.RootElement);

        Assert.Equal(["no-alg", "rs256"], keys.Keys.Order());
    }

    public void Dispose() => _host.Dispose();

    private static string N => Convert.ToBase64String(TestWebhookKey.Published.PublicKey.Modulus!).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Jwks(string kid) => $$"""{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"{{kid}}","n":"{{N}}","e":"AQAB"}]}""";
}
