using BackOffice.PartnerSandbox.Control;

namespace BackOffice.PartnerSandbox.Erp;

/// <summary>The stock the ERP/WMS simulator reports; <c>POST /_sandbox/stock</c> replaces it as a whole.</summary>
public sealed class StockLevels
{
    private readonly Lock _gate = new();
    private Dictionary<string, int> _levels = new(StringComparer.OrdinalIgnoreCase);

    public void Set(IEnumerable<StockLevel> levels)
    {
        var next = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var level in levels)
        {
            next[level.Sku] = level.Quantity;
        }

        lock (_gate)
        {
            _levels = next;
        }
    }

    public IReadOnlyList<StockLevel> All()
    {
        lock (_gate)
        {
            return _levels.Select(l => new StockLevel(l.Key, l.Value)).OrderBy(l => l.Sku, StringComparer.Ordinal).ToList();
        }
    }

    public StockLevel? Find(string sku)
    {
        lock (_gate)
        {
            return _levels.TryGetValue(sku, out var quantity) ? new StockLevel(sku, quantity) : null;
        }
    }

    public void Clear() => Set([]);
}
