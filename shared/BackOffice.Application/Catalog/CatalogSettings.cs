namespace BackOffice.Application.Catalog;

/// <summary>
/// Per-SKU stock settings with store-wide defaults: the safety stock kept off the storefronts, and the reorder point at
/// or below which a SKU is reported as low (settings <c>Catalog__SafetyStock</c>, <c>Catalog__ReorderPoint</c>, and
/// <c>Catalog__Skus__{sku}__SafetyStock</c> / <c>__ReorderPoint</c> for one SKU).
/// </summary>
public sealed class CatalogSettings
{
    public const string Section = "Catalog";

    public int SafetyStock { get; set; }

    public int ReorderPoint { get; set; } = 5;

    public Dictionary<string, SkuStockSettings> Skus { get; set; } = new(StringComparer.Ordinal);

    public int SafetyStockOf(string sku) => Skus.TryGetValue(sku, out var own) && own.SafetyStock is { } safety ? safety : SafetyStock;

    public int ReorderPointOf(string sku) => Skus.TryGetValue(sku, out var own) && own.ReorderPoint is { } point ? point : ReorderPoint;
}

public sealed class SkuStockSettings
{
    public int? SafetyStock { get; set; }

    public int? ReorderPoint { get; set; }
}
