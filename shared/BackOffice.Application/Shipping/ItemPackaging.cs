namespace BackOffice.Application.Shipping;

/// <summary>One unit's shipping weight and size in the settings; a part left out falls back to the default item's.</summary>
public sealed class ItemPackaging
{
    public int? WeightGrams { get; set; }

    public decimal? HeightCm { get; set; }

    public decimal? WidthCm { get; set; }

    public decimal? LengthCm { get; set; }
}
