using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Infrastructure.Storage;

/// <summary>Table keys for any text.</summary>
internal static class TableKeys
{
    /// <summary>
    /// Letters, digits, '-', '_' and '.' stay, every other character becomes '~' and its UTF-8 bytes in hex (one-to-one,
    /// and free of the characters keys refuse: / \ # ? and control characters); a key that would pass the 1 KiB limit
    /// becomes a hash.
    /// </summary>
    public static string Of(string text)
    {
        var key = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '_' or '.'))
            {
                key.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            key.Append('~').Append(Convert.ToHexString(bytes[..length]));
        }

        return key.Length <= 400 ? key.ToString() : "~h" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
