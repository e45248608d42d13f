namespace BackOffice.Channels.Vtex;

/// <summary>How a VTEX hook proves it is ours: VTEX signs nothing, so the secret is a header configured on the hook.</summary>
/// <param name="HeaderName">Setting <c>Vtex__HookHeaderName</c>.</param>
/// <param name="HeaderValue">Setting <c>Vtex__HookHeaderValue</c>.</param>
/// <param name="Account">Setting <c>Vtex__Account</c>: when set, the hook's <c>Origin.Account</c> must name it.</param>
/// <param name="AppKey">Setting <c>Vtex__AppKey</c>: when set, the hook's <c>Origin.Key</c> must be it (VTEX has one hook per app key).</param>
public sealed record VtexHookSettings(string HeaderName, string HeaderValue, string? Account, string? AppKey);
