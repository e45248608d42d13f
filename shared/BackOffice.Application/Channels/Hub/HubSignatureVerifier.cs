using BackOffice.Application.Intake;

namespace BackOffice.Application.Channels.Hub;

/// <summary>Checks <c>X-Hub-Signature-256: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c>.</summary>
public sealed class HubSignatureVerifier(HubWebhookSettings settings)
{
    private const string Prefix = "sha256=";

    public bool IsValid(string? header, ReadOnlySpan<byte> body)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        return HmacSignature.Matches(HmacSignature.Compute(settings.Secret, body), TryDecodeHex(header[Prefix.Length..]));
    }

    public string Sign(ReadOnlySpan<byte> body) => Sign(settings.Secret, body);

    /// <summary>The header value for <paramref name="body"/>: what stores on the hub's format receive from the hub, too.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(HmacSignature.Compute(secret, body));

    private static byte[]? TryDecodeHex(string hex)
    {
        try
        {
            return Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
