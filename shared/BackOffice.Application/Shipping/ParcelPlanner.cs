using BackOffice.Domain.Orders;

namespace BackOffice.Application.Shipping;

/// <summary>
/// Packs an order's items into one parcel. Each unit's weight and size come from the storefront, else the SKU's catalog
/// setting, else the default item. The parcel weighs the sum of the units; its length and width are the largest
/// unit's, and the units are stacked, so its height is the sum of their heights. The carrier's smallest box
/// (Correios: 16 × 11 × 2 cm) is the floor: Melhor Envio refuses a parcel below it.
/// </summary>
public static class ParcelPlanner
{
    public const int MinLengthCm = 16;
    public const int MinWidthCm = 11;
    public const int MinHeightCm = 2;

    public static Parcel Plan(IReadOnlyList<OrderLine> lines, OrderAmounts amounts, ShippingPlanSettings settings)
    {
        var weight = 0L;
        var height = 0m;
        var width = 0m;
        var length = 0m;
        foreach (var line in lines.Where(line => line.Quantity > 0))
        {
            var (unitWeight, size) = UnitOf(line, settings);
            weight += (long)unitWeight * line.Quantity;
            height += size.HeightCm * line.Quantity;
            width = Math.Max(width, size.WidthCm);
            length = Math.Max(length, size.LengthCm);
        }

        return new Parcel(
            (int)Math.Clamp(weight, 1, int.MaxValue),
            Math.Max(MinHeightCm, Whole(height)),
            Math.Max(MinWidthCm, Whole(width)),
            Math.Max(MinLengthCm, Whole(length)),
            Math.Max(0, amounts.ItemsCents - amounts.DiscountCents));
    }

    private static (int WeightGrams, ItemDimensions Size) UnitOf(OrderLine line, ShippingPlanSettings settings)
    {
        var catalog = settings.Skus.GetValueOrDefault(line.Sku);
        var fallback = settings.DefaultItem;
        var weight = line.WeightGrams is > 0 ? line.WeightGrams.Value : catalog?.WeightGrams ?? fallback.WeightGrams ?? 0;
        var size = line.Dimensions is { HeightCm: > 0, WidthCm: > 0, LengthCm: > 0 } given
            ? given
            : new ItemDimensions(
                catalog?.HeightCm ?? fallback.HeightCm ?? 0,
                catalog?.WidthCm ?? fallback.WidthCm ?? 0,
                catalog?.LengthCm ?? fallback.LengthCm ?? 0);
        return (weight, size);
    }

    private static int Whole(decimal centimetres) => (int)Math.Min(int.MaxValue, Math.Ceiling(centimetres));
}
