using System.Collections.Concurrent;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Shopify;

/// <summary>
/// Admin API tokens from the client-credentials grant, valid 24 hours (86399 s) as Shopify's are; the Admin API takes no
/// other. Not forgotten on reset: a hub keeps its token across test runs, as it would across days.
/// </summary>
public sealed class ShopifyTokens(TimeProvider clock)
{
    public const int LifetimeSeconds = 86399;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiry = new(StringComparer.Ordinal);

    public string Issue()
    {
        var token = SandboxIds.Random("shpat_");
        _expiry[token] = clock.GetUtcNow().AddSeconds(LifetimeSeconds);
        return token;
    }

    public bool IsValid(string? token) => token is not null && _expiry.TryGetValue(token, out var expiry) && clock.GetUtcNow() < expiry;
}
