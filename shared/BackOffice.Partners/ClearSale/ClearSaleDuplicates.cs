using System.Text.RegularExpressions;

namespace BackOffice.Partners.ClearSale;

/// <summary>
/// ClearSale refuses an order code it already has with a 4xx whose message says so. That answer means our earlier
/// submission arrived, which is exactly what a resubmission wanted.
/// </summary>
public static partial class ClearSaleDuplicates
{
    // Whole words only: "existente" must not match "inexistente" (an error about something missing, not a duplicate).
    [GeneratedRegex(@"\b(already exists?|already been|duplicat\w*|j[áa] existe|existente)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    public static bool IsDuplicate(string? body) => body is not null && Marker().IsMatch(body);
}
