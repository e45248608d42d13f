using BackOffice.Application.Intake;

namespace BackOffice.Channels.Vtex;

/// <summary>Checks the hook's secret header in constant time, and that its <c>Origin</c> is our account and app key.</summary>
public sealed class VtexHookVerifier(VtexHookSettings settings)
{
    public string HeaderName => settings.HeaderName;

    public bool HasSecret(string? headerValue) => HmacSignature.SecretMatches(headerValue, settings.HeaderValue);

    /// <returns>Why the origin is not ours, or null when it is (or when no account or key is configured to compare with).</returns>
    public string? OriginProblem(VtexHookOrigin? origin)
    {
        if (settings.Account is { Length: > 0 } account && !string.Equals(origin?.Account, account, StringComparison.OrdinalIgnoreCase))
        {
            return "The hook's Origin.Account is not this store's VTEX account.";
        }

        return settings.AppKey is { Length: > 0 } key && !string.Equals(origin?.Key, key, StringComparison.Ordinal)
            ? "The hook's Origin.Key is not the app key this hub configured the hook with."
            : null;
    }
}
