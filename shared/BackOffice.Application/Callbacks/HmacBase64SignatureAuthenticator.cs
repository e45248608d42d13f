using BackOffice.Application.Intake;

namespace BackOffice.Application.Callbacks;

/// <summary>A header carrying base64(HMAC-SHA256(raw body, secret)), as Melhor Envio and Shopify sign.</summary>
public sealed class HmacBase64SignatureAuthenticator(string headerName, string secret) : ICallbackAuthenticator
{
    public bool IsAuthentic(Func<string, string?> header, ReadOnlySpan<byte> body)
    {
        var presented = header(headerName);
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[64];
        return Convert.TryFromBase64String(presented, decoded, out var length)
            && HmacSignature.Matches(HmacSignature.Compute(secret, body), decoded[..length].ToArray());
    }
}
