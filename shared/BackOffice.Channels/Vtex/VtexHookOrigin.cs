namespace BackOffice.Channels.Vtex;

/// <param name="Key">The app key that configured the hook: VTEX allows one hook per key.</param>
public sealed record VtexHookOrigin(string? Account, string? Key);
