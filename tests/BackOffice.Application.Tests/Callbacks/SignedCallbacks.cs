using System.Security.Cryptography;
using BackOffice.Application.Callbacks;
using BackOffice.Application.Callbacks.Readers;

namespace BackOffice.Application.Tests.Callbacks;

/// <summary>The partners configured with one test secret, and callbacks authenticated with it (or not).</summary>
internal static class SignedCallbacks
{
    public const string Secret = "callback-secret";

    public static readonly IReadOnlyList<CallbackPartner> Partners =
    [
        new("pagarme", new RsaSignatureAuthenticator("X-Webhook-Asymmetric-Signature", new PublishedKeys()), new PagarmeCallbackReader()),
        new("clearsale", new SharedSecretHeaderAuthenticator("X-ClearSale-Token", Secret), new ClearSaleCallbackReader()),
        new("focusnfe", new SharedSecretHeaderAuthenticator("Authorization", Secret), new FocusNfeCallbackReader()),
        new("melhorenvio", new HmacSignatureAuthenticator("X-ME-Signature", Secret), new MelhorEnvioCallbackReader(), new LabelOwners()),
    ];

    public static Func<string, string?> Headers(string partner, string body, bool authentic = true)
    {
        var secret = partner == "pagarme"
            ? (authentic ? TestWebhookKey.Published : TestWebhookKey.Forger).SignatureHeader(body)
            : authentic ? Secret : "wrong";
        var headers = new Dictionary<string, string>(PartnerCallbackSamples.Headers(partner, body, secret), StringComparer.OrdinalIgnoreCase);
        return name => headers.GetValueOrDefault(name);
    }

    /// <summary>Melhor Envio labels and the order tagged on each, as <c>GET me/orders/{id}</c> would tell.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Labels = new();

    private sealed class LabelOwners : ICallbackOrderResolver
    {
        public Task<string?> OrderRefOfAsync(string resourceId, CancellationToken cancellationToken) => Task.FromResult(Labels.GetValueOrDefault(resourceId));
    }

    /// <summary>Pagar.me's JWKS as the tests publish it: the one test key.</summary>
    private sealed class PublishedKeys : IWebhookKeySet
    {
        public ValueTask<RSAParameters?> FindRsaKeyAsync(string keyId, bool refresh, CancellationToken cancellationToken) =>
            ValueTask.FromResult<RSAParameters?>(keyId == TestWebhookKey.Published.KeyId ? TestWebhookKey.Published.PublicKey : null);
    }
}
