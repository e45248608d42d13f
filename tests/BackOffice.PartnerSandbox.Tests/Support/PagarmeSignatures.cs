using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace BackOffice.PartnerSandbox.Tests.Support;

/// <summary>
/// Checks a webhook the way Pagar.me's own plugins do (pagarme/ecommerce-module-core WebhookValidatorService): parse
/// <c>alg=RS256; kid=…; signature=…</c>, find the RSA key with that kid in the published JWKS, verify RS256 over the
/// raw body. Written independently of the hub's verifier so the sandbox is checked against the provider's recipe.
/// </summary>
internal static class PagarmeSignatures
{
    public static async Task<bool> VerifyAsync(TestSandbox sandbox, string body, string header)
    {
        var parts = header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        Assert.Equal("RS256", parts["alg"]);
        var jwks = (await sandbox.Http.GetFromJsonAsync<JsonObject>("pagarme/.well-known/jwks.json"))!;
        var key = jwks["keys"]!.AsArray().Single(k => k!["kid"]!.GetValue<string>() == parts["kid"])!;
        Assert.Equal(("RSA", "sig"), (key["kty"]!.GetValue<string>(), key["use"]!.GetValue<string>()));
        using var rsa = RSA.Create(new RSAParameters { Modulus = FromBase64Url(key["n"]!.GetValue<string>()), Exponent = FromBase64Url(key["e"]!.GetValue<string>()) });
        return rsa.VerifyData(Encoding.UTF8.GetBytes(body), FromBase64Url(parts["signature"]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
