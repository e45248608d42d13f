using System.Security.Cryptography;
using System.Text;

namespace BackOffice.PartnerSandbox.Pagarme;

/// <summary>
/// The sandbox's own webhook signing key, as Pagar.me signs its webhooks: an RSA key whose public half is published
/// as a JWKS (<c>https://hubapi.pagar.me/.well-known/jwks.json</c> for the real service) and the header
/// <c>X-Webhook-Asymmetric-Signature: alg=RS256; kid=&lt;key id&gt;; signature=&lt;base64url RS256 of the raw body&gt;</c>
/// (pagarme/ecommerce-module-core, src/Webhook/Services/WebhookValidatorService.php). A new key per start: nothing
/// secret is ever written down.
/// </summary>
public sealed class PagarmeSigningKey : IDisposable
{
    public const string HeaderName = "X-Webhook-Asymmetric-Signature";

    private readonly RSA _rsa = RSA.Create(2048);

    public string KeyId { get; } = "sandbox-" + Guid.NewGuid().ToString("N")[..12];

    public string SignatureHeader(string body)
    {
        var signature = _rsa.SignData(Encoding.UTF8.GetBytes(body), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"alg=RS256; kid={KeyId}; signature={Base64Url(signature)}";
    }

    /// <summary>The JWKS document: <c>{ keys: [{ kty, use, alg, kid, n, e }] }</c>.</summary>
    public object Jwks()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64Url(parameters.Modulus!), e = Base64Url(parameters.Exponent!) },
            },
        };
    }

    public void Dispose() => _rsa.Dispose();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
