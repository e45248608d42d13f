using System.Security.Cryptography;
using System.Text;
using BackOffice.Application.Callbacks;

namespace BackOffice.Application.Tests.Callbacks;

/// <summary>Pagar.me's <c>X-Webhook-Asymmetric-Signature</c>, checked as Pagar.me's own plugins check it.</summary>
public sealed class RsaSignatureAuthenticatorTests
{
    private const string Header = "X-Webhook-Asymmetric-Signature";
    private const string Body = """{"id":"hook_1","type":"charge.paid","data":{"id":"ch_1","order":{"code":"hub-1"}}}""";

    private readonly RotatingKeys _keys = new();

    [Fact]
    public async Task IsAuthentic_WhenSignedWithThePublishedKey_IsTrue()
    {
        Assert.True(await AuthenticAsync(TestWebhookKey.Published.SignatureHeader(Body)));
    }

    [Theory]
    [InlineData("Basic ZGV2OnNlY3JldA==")]
    [InlineData("")]
    [InlineData("alg=HS256; kid=test-key-1; signature=abc")]
    [InlineData("kid=test-key-1; signature=abc")]
    public async Task IsAuthentic_WhenTheHeaderIsNotAnRs256Signature_IsFalse(string value)
    {
        Assert.False(await AuthenticAsync(value));
    }

    [Fact]
    public async Task IsAuthentic_WhenOnlyBasicCredentialsCome_IsFalse()
    {
        var authenticator = new RsaSignatureAuthenticator(Header, _keys);

        var authentic = await authenticator.IsAuthenticAsync(
            name => name == "Authorization" ? "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("dev:secret")) : null,
            Encoding.UTF8.GetBytes(Body), CancellationToken.None);

        Assert.False(authentic);
    }

    [Fact]
    public async Task IsAuthentic_WhenAnotherKeyClaimsThePublishedKeyId_IsFalse()
    {
        Assert.False(await AuthenticAsync(TestWebhookKey.Forger.SignatureHeader(Body)));
    }

    [Fact]
    public async Task IsAuthentic_WhenTheBodyChangedAfterSigning_IsFalse()
    {
        var header = TestWebhookKey.Published.SignatureHeader(Body);

        Assert.False(await AuthenticAsync(header, Body.Replace("charge.paid", "charge.refunded", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task IsAuthentic_WhenPagarmeRotatedItsKey_RefetchesOnceAndAccepts()
    {
        _keys.Current = TestWebhookKey.Forger.PublicKey;
        _keys.AfterRefresh = TestWebhookKey.Published.PublicKey;

        Assert.True(await AuthenticAsync(TestWebhookKey.Published.SignatureHeader(Body)));
        Assert.Equal(1, _keys.Refreshes);
    }

    private Task<bool> AuthenticAsync(string value, string body = Body) =>
        new RsaSignatureAuthenticator(Header, _keys)
            .IsAuthenticAsync(name => name == Header ? value : null, Encoding.UTF8.GetBytes(body), CancellationToken.None).AsTask();

    private sealed class RotatingKeys : IWebhookKeySet
    {
        public RSAParameters Current { get; set; } = TestWebhookKey.Published.PublicKey;

        public RSAParameters? AfterRefresh { get; set; }

        public int Refreshes { get; private set; }

        public ValueTask<RSAParameters?> FindRsaKeyAsync(string keyId, bool refresh, CancellationToken cancellationToken)
        {
            if (refresh)
            {
                Refreshes++;
                Current = AfterRefresh ?? Current;
            }

            return ValueTask.FromResult<RSAParameters?>(keyId == TestWebhookKey.Published.KeyId ? Current : null);
        }
    }
}
