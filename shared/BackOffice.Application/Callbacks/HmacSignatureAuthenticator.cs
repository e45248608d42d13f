using BackOffice.Application.Intake;

namespace BackOffice.Application.Callbacks;

/// <summary>
/// A header carrying HMAC-SHA256(raw body, secret), as Melhor Envio signs <c>X-ME-Signature</c>. Melhor Envio's
/// documented example is base64 while integrators see hex too, so both encodings of the same MAC are accepted.
/// </summary>
public sealed class HmacSignatureAuthenticator(string headerName, string secret) : ICallbackAuthenticator
{
    public ValueTask<bool> IsAuthenticAsync(Func<string, string?> header, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var presented = header(headerName);
        return ValueTask.FromResult(HmacSignature.MatchesBase64(secret, body.Span, presented) || HmacSignature.MatchesHex(secret, body.Span, presented));
    }
}
