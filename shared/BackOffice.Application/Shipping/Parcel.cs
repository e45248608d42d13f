namespace BackOffice.Application.Shipping;

/// <summary>The one box an order ships in, as declared to the carrier: whole centimetres and grams.</summary>
/// <param name="InsuranceCents">The declared (insured) value: the goods, without shipping.</param>
public sealed record Parcel(int WeightGrams, int HeightCm, int WidthCm, int LengthCm, long InsuranceCents)
{
    public decimal WeightKg => WeightGrams / 1000m;
}
