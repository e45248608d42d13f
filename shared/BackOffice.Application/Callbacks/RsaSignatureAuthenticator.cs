using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace BackOffice.Application.Callbacks;

/// <summary>
/// Pagar.me's webhook signature: <c>X-Webhook-Asymmetric-Signature: alg=RS256; kid=&lt;key id&gt;; signature=&lt;base64url&gt;</c>,
/// RSA PKCS#1 v1.5 with SHA-256 over the raw body, verified with the key of that id from Pagar.me's JWKS — the recipe
/// of Pagar.me's own plugins (pagarme/ecommerce-module-core, src/Webhook/Services/WebhookValidatorService.php). A
/// failure with a cached key is retried once with freshly fetched keys, so a key rotation does not refuse real hooks.
/// </summary>
public sealed class RsaSignatureAuthenticator(string headerName, IWebhookKeySet keys) : ICallbackAuthenticator
{
    public const string Algorithm = "RS256";

    public async ValueTask<bool> IsAuthenticAsync(Func<string, string?> header, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (Parse(header(headerName)) is not { } signature)
        {
            return false;
        }

        foreach (var refresh in new[] { false, true })
        {
            if (await keys.FindRsaKeyAsync(signature.KeyId, refresh, cancellationToken) is { } key && Verifies(key, body.Span, signature.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The key id and signature bytes of a well-formed RS256 header; null for anything else.</summary>
    public static (string KeyId, byte[] Value)? Parse(string? headerValue)
    {
        if (string.IsNullOrWhiteSpace(headerValue))
        {
            return null;
        }

        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in headerValue.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parts[part[..equals]] = part[(equals + 1)..];
            }
        }

        return parts.GetValueOrDefault("alg") == Algorithm
            && parts.GetValueOrDefault("kid") is { Length: > 0 } keyId
            && parts.GetValueOrDefault("signature") is { Length: > 0 } encoded
            && Base64Url.TryDecode(encoded) is { } value
                ? (keyId, value)
                : null;
    }

    /// <summary>
    /// Importing a public key costs more than the check itself (OpenSSL 3 decodes it anew each time: a per-callback
    /// cost in the app's CPU profile, and an undisposed key handle for the finalizer), so each key is imported once,
    /// keyed by its modulus array: the key set hands out the same arrays until it fetches new keys, whose old arrays
    /// then take their imported key with them.
    /// </summary>
    private static readonly ConditionalWeakTable<byte[], RSA> Imported = [];

    private static bool Verifies(RSAParameters key, ReadOnlySpan<byte> body, byte[] signature)
    {
        if (key.Modulus is null)
        {
            using var incomplete = RSA.Create(key);
            return incomplete.VerifyData(body, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }

        var rsa = Imported.GetValue(key.Modulus, _ => RSA.Create(key));
        // An RSA instance is not documented as safe for concurrent use; a public-key check takes microseconds.
        lock (rsa)
        {
            return rsa.VerifyData(body, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
    }
}
