using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Application.Intake;

public static class HmacSignature
{
    public static byte[] Compute(string secret, ReadOnlySpan<byte> body) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);

    /// <summary>Constant-time comparison, so the answer time leaks nothing about the expected signature.</summary>
    public static bool Matches(byte[] expected, byte[]? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(expected, presented);

    /// <summary>Whether <paramref name="presented"/> is base64(HMAC-SHA256(body, secret)), as Shopify and Melhor Envio sign.</summary>
    public static bool MatchesBase64(string secret, ReadOnlySpan<byte> body, string? presented)
    {
        if (string.IsNullOrWhiteSpace(presented))
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[64];
        return Convert.TryFromBase64String(presented.Trim(), decoded, out var length) && Matches(Compute(secret, body), decoded[..length].ToArray());
    }

    /// <summary>Whether <paramref name="presented"/> is hex(HMAC-SHA256(body, secret)), either case, as some Melhor Envio integrators see it.</summary>
    public static bool MatchesHex(string secret, ReadOnlySpan<byte> body, string? presented)
    {
        var text = presented?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length != 64)
        {
            return false;
        }

        try
        {
            return Matches(Compute(secret, body), Convert.FromHexString(text));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether a shared secret echoed in a header is ours. Both sides are hashed first, so neither the time nor the
    /// length of the comparison tells anything about the secret.
    /// </summary>
    public static bool SecretMatches(string? presented, string expected) =>
        !string.IsNullOrEmpty(presented)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
