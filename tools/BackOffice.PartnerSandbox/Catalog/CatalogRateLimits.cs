using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Catalog;

/// <summary>
/// The storefronts' catalog rate limits. VTEX documents its pricing writes at 40 requests/second with 1000 burst credits
/// and answers 429 beyond; Shopify's GraphQL Admin API restores 100 to 2000 cost points a second by plan and answers
/// THROTTLED. The sandbox starts generous, so a 10,000-SKU first push runs in seconds; tests set real figures with
/// <c>POST /_sandbox/ratelimits</c>.
/// </summary>
public sealed class CatalogRateLimits
{
    public const string VtexInventory = "vtex-inventory";
    public const string VtexPricing = "vtex-pricing";
    public const string Shopify = "shopify";

    private static readonly Dictionary<string, (double Capacity, double Restore)> Defaults = new()
    {
        [VtexInventory] = (5000, 5000),
        [VtexPricing] = (5000, 5000),
        [Shopify] = (20000, 5000),
    };

    private readonly Dictionary<string, RateBudget> _budgets;

    public CatalogRateLimits(TimeProvider clock) =>
        _budgets = Defaults.ToDictionary(entry => entry.Key, entry => new RateBudget(clock, entry.Value.Capacity, entry.Value.Restore));

    public static IReadOnlyList<string> Names => [.. Defaults.Keys];

    public RateBudget this[string name] => _budgets[name];

    public bool Configure(RateLimitSetting setting)
    {
        if (setting.Budget is null || !_budgets.TryGetValue(setting.Budget, out var budget))
        {
            return false;
        }

        budget.Configure(setting.Capacity, setting.RestorePerSecond);
        return true;
    }

    public void Reset()
    {
        foreach (var (name, (capacity, restore)) in Defaults)
        {
            _budgets[name].Configure(capacity, restore);
        }
    }

    public object View() => _budgets.ToDictionary(entry => entry.Key, entry => new { capacity = entry.Value.Capacity, restorePerSecond = entry.Value.RestorePerSecond });
}
