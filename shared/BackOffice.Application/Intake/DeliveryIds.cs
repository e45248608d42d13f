using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace BackOffice.Application.Intake;

public static partial class DeliveryIds
{
    /// <summary>The sender's delivery id when it is usable as a storage key, else a hash of the body and the id.</summary>
    public static string From(string? header, ReadOnlySpan<byte> body)
    {
        if (header is not null && SafeKey().IsMatch(header))
        {
            return header;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        return header is null ? $"sha256-{hash}" : $"sha256-{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(header + hash)))}";
    }

    // Table keys and blob names refuse '/', '\', '#', '?' and control characters.
    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex SafeKey();
}
