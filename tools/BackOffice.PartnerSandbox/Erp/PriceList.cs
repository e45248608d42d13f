using BackOffice.PartnerSandbox.Control;

namespace BackOffice.PartnerSandbox.Erp;

/// <summary>The prices the ERP simulator reports; <c>POST /_sandbox/prices</c> replaces them as a whole.</summary>
public sealed class PriceList
{
    private readonly Lock _gate = new();
    private IReadOnlyList<PriceRow> _rows = [];

    public void Set(IEnumerable<PriceRow> rows)
    {
        var sorted = rows.GroupBy(row => row.Sku, StringComparer.OrdinalIgnoreCase).Select(group => group.Last())
            .OrderBy(row => row.Sku, StringComparer.Ordinal).ToList();
        lock (_gate)
        {
            _rows = sorted;
        }
    }

    public IReadOnlyList<PriceRow> All()
    {
        lock (_gate)
        {
            return _rows;
        }
    }

    public void Clear() => Set([]);
}
