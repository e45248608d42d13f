using BackOffice.Application.Intake;

namespace BackOffice.Channels.Shopify;

/// <summary>Checks <c>X-Shopify-Hmac-Sha256: base64(HMAC-SHA256(raw body, client secret))</c>, in constant time.</summary>
public sealed class ShopifySignatureVerifier(ShopifyWebhookSettings settings)
{
    public bool IsValid(string? header, ReadOnlySpan<byte> body) =>
        header is not null && HmacSignature.Matches(HmacSignature.Compute(settings.Secret, body), TryDecodeBase64(header));

    public string Sign(ReadOnlySpan<byte> body) => Convert.ToBase64String(HmacSignature.Compute(settings.Secret, body));

    private static byte[]? TryDecodeBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
