using System.Globalization;

namespace BackOffice.PartnerSandbox.Shared;

/// <summary>The timestamp formats partners use: ISO-8601 UTC and Melhor Envio's "yyyy-MM-dd HH:mm:ss".</summary>
public static class Timestamps
{
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string? Iso(DateTimeOffset? at) => at is { } value ? Iso(value) : null;

    public static string? Plain(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
