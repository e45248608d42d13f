namespace BackOffice.Domain.Orders;

/// <param name="WeightGrams">One unit's shipping weight, when the storefront sends it.</param>
/// <param name="Dimensions">One unit's size, when the storefront sends it.</param>
public sealed record OrderLine(string Sku, string Title, int Quantity, long UnitPriceCents, int? WeightGrams = null, ItemDimensions? Dimensions = null)
{
    public long TotalCents => UnitPriceCents * Quantity;
}
