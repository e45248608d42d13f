namespace BackOffice.Channels.Vtex;

/// <summary>VTEX stores countries as ISO alpha-3 (<c>BRA</c>); the hub's addresses, like the carriers', use alpha-2.</summary>
internal static class VtexCountryCodes
{
    // The countries whose currencies the hub settles in; any other code is kept as VTEX sent it.
    private static readonly Dictionary<string, string> Alpha2 = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BRA"] = "BR",
        ["ARG"] = "AR",
        ["CHL"] = "CL",
        ["COL"] = "CO",
        ["MEX"] = "MX",
        ["PER"] = "PE",
        ["URY"] = "UY",
        ["USA"] = "US",
        ["GBR"] = "GB",
        ["PRT"] = "PT",
        ["ESP"] = "ES",
    };

    public static string ToAlpha2(string? country) =>
        string.IsNullOrWhiteSpace(country) ? "BR" : Alpha2.GetValueOrDefault(country.Trim(), country.Trim());
}
