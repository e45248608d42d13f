namespace BackOffice.Application.Shipping;

/// <summary>
/// How parcels are planned and carrier services chosen (section <c>Shipping</c>, e.g. <c>Shipping__Skus__TSHIRT-M__WeightGrams</c>,
/// <c>Shipping__ServiceMap__SEDEX=2</c>, <c>Shipping__PromiseBusinessDays</c>). The README's "Carrier service and parcel" says how.
/// </summary>
public sealed class ShippingPlanSettings
{
    public const string Section = "Shipping";

    /// <summary>One unit of an item the storefront and <see cref="Skus"/> say nothing about.</summary>
    public ItemPackaging DefaultItem { get; set; } = new() { WeightGrams = 500, HeightCm = 10, WidthCm = 20, LengthCm = 30 };

    /// <summary>The catalog's weight and size per SKU (one unit), used where the storefront sends none.</summary>
    public Dictionary<string, ItemPackaging> Skus { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The storefront's shipping method (code or title, any case) → Melhor Envio service id (1 PAC, 2 SEDEX, 3 Jadlog .Package, ...).</summary>
    public Dictionary<string, int> ServiceMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The promise when the storefront states no date (Shopify's order webhook has none): business days from the order.</summary>
    public int PromiseBusinessDays { get; set; } = 7;
}
