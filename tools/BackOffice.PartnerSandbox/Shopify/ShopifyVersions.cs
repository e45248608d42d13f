using System.Globalization;

namespace BackOffice.PartnerSandbox.Shopify;

/// <summary>
/// Shopify's Admin API versions: quarterly (January, April, July, October), each supported at least 12 months; a request
/// to a retired version is served by the oldest supported one (shopify.dev/docs/api/usage/versioning).
/// </summary>
public static class ShopifyVersions
{
    /// <returns>The version that answers, or null when <paramref name="requested"/> is no stable version or not released yet.</returns>
    public static string? Serve(string requested, DateTimeOffset now)
    {
        if (!DateTimeOffset.TryParseExact(requested + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var released)
            || released.Month % 3 != 1 || released > now)
        {
            return null;
        }

        var oldest = new DateTimeOffset(now.Year, now.Month - ((now.Month - 1) % 3), 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-12);
        return (released < oldest ? oldest : released).ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}
