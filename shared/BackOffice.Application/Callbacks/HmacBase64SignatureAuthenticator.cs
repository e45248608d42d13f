using BackOffice.Application.Intake;

namespace BackOffice.Application.Callbacks;

/// <summary>A header carrying base64(HMAC-SHA256(raw body, secret)), as Melhor Envio and Shopify sign.</summary>
public sealed class HmacBase64SignatureAuthenticator(string headerName, string secret) : ICallbackAuthenticator
{
    public bool IsAuthentic(Func<string, string?> header, ReadOnlySpan<byte> body) =>
        HmacSignature.MatchesBase64(secret, body, header(headerName));
}
