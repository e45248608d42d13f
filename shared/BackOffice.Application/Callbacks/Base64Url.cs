namespace BackOffice.Application.Callbacks;

/// <summary>Base64url (RFC 4648 §5, unpadded, as in JWKS and JWS); plain padded base64 decodes too.</summary>
public static class Base64Url
{
    public static byte[]? TryDecode(string text)
    {
        var standard = text.Trim().Replace('-', '+').Replace('_', '/').TrimEnd('=');
        standard = standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
        var buffer = new byte[standard.Length];
        return Convert.TryFromBase64String(standard, buffer, out var written) ? buffer[..written] : null;
    }

    public static string Encode(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
