namespace BackOffice.Channels.Vtex;

/// <param name="CurrencyCode">ISO 4217 code of every amount in the order.</param>
public sealed record VtexStorePreferencesData(string? CountryCode, string? CurrencyCode);
