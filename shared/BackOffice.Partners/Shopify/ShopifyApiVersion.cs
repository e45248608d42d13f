using System.Globalization;

namespace BackOffice.Partners.Shopify;

/// <summary>
/// The Admin API version the hub speaks. Shopify releases one each quarter and supports each for at least 12 months; a
/// request to a retired version falls forward to the oldest supported one (shopify.dev/docs/api/usage/versioning), so an
/// old pin changes behaviour silently. A test fails once <see cref="Pinned"/> is more than 12 months old.
/// </summary>
public static class ShopifyApiVersion
{
    public const string Pinned = "2026-10";

    public static readonly TimeSpan SupportWindow = TimeSpan.FromDays(365);

    /// <summary>The release date of a stable version (<c>YYYY-MM</c>): the first of its month.</summary>
    public static DateTimeOffset? ReleasedOn(string version) =>
        DateTimeOffset.TryParseExact(version + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) && date.Month % 3 == 1
            ? date
            : null;

    /// <summary>True while <paramref name="version"/> is a stable version released at most 12 months before <paramref name="now"/>.</summary>
    public static bool IsSupported(string version, DateTimeOffset now) =>
        ReleasedOn(version) is { } released && released <= now && now - released <= SupportWindow;
}
