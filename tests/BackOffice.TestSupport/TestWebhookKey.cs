using System.Security.Cryptography;
using System.Text;

namespace BackOffice.TestSupport;

/// <summary>
/// An RSA key that signs the way Pagar.me signs its webhooks:
/// <c>alg=RS256; kid=&lt;key id&gt;; signature=&lt;base64url RS256 of the raw body&gt;</c>.
/// </summary>
public sealed class TestWebhookKey(string keyId)
{
    /// <summary>The key tests publish as Pagar.me's.</summary>
    public static readonly TestWebhookKey Published = new("test-key-1");

    /// <summary>Someone else's key, claiming the published key id.</summary>
    public static readonly TestWebhookKey Forger = new("test-key-1");

    private readonly RSA _rsa = RSA.Create(2048);

    public string KeyId { get; } = keyId;

    public RSAParameters PublicKey => _rsa.ExportParameters(includePrivateParameters: false);

    public string SignatureHeader(string body, string? keyId = null)
    {
        var signature = _rsa.SignData(Encoding.UTF8.GetBytes(body), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"alg=RS256; kid={keyId ?? KeyId}; signature={Convert.ToBase64String(signature).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
    }
}
