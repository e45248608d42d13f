using BackOffice.Application.Callbacks;
using BackOffice.Application.Callbacks.Readers;

namespace BackOffice.Application.Tests.Callbacks;

/// <summary>The partners configured with one test secret, and callbacks authenticated with it (or not).</summary>
internal static class SignedCallbacks
{
    private const string Secret = "callback-secret";

    public static readonly IReadOnlyList<CallbackPartner> Partners =
    [
        new("pagarme", new BasicCredentialsAuthenticator("hook-user", Secret), new PagarmeCallbackReader()),
        new("clearsale", new SharedSecretHeaderAuthenticator("X-ClearSale-Token", Secret), new ClearSaleCallbackReader()),
        new("focusnfe", new SharedSecretHeaderAuthenticator("Authorization", Secret), new FocusNfeCallbackReader()),
        new("melhorenvio", new HmacBase64SignatureAuthenticator("X-ME-Signature", Secret), new MelhorEnvioCallbackReader()),
    ];

    public static Func<string, string?> Headers(string partner, string body, bool authentic = true)
    {
        var headers = new Dictionary<string, string>(
            PartnerCallbackSamples.Headers(partner, body, authentic ? Secret : "wrong"), StringComparer.OrdinalIgnoreCase);
        return name => headers.GetValueOrDefault(name);
    }
}
