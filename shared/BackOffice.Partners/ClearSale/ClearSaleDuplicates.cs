namespace BackOffice.Partners.ClearSale;

/// <summary>
/// ClearSale refuses an order code it already has with a 4xx whose message says so. That answer means our earlier
/// submission arrived, which is exactly what a resubmission wanted.
/// </summary>
public static class ClearSaleDuplicates
{
    private static readonly string[] Markers = ["already exist", "already been", "duplicat", "já existe", "ja existe", "existente"];

    public static bool IsDuplicate(string? body)
        => body is not null && Markers.Any(marker => body.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
