using BackOffice.Application.Intake;

namespace BackOffice.Channels.Shopify;

/// <summary>Checks <c>X-Shopify-Hmac-Sha256: base64(HMAC-SHA256(raw body, client secret))</c>, in constant time.</summary>
public sealed class ShopifySignatureVerifier(ShopifyWebhookSettings settings)
{
    public bool IsValid(string? header, ReadOnlySpan<byte> body) => HmacSignature.MatchesBase64(settings.Secret, body, header);

    public string Sign(ReadOnlySpan<byte> body) => Convert.ToBase64String(HmacSignature.Compute(settings.Secret, body));
}
