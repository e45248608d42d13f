namespace BackOffice.Application.Channels.Hub;

/// <param name="WeightGrams">One unit's shipping weight; optional (the catalog settings or the default item decide without it).</param>
/// <param name="HeightCm">One unit's size, with <paramref name="WidthCm"/> and <paramref name="LengthCm"/>; all three or none.</param>
public sealed record HubItem(
    string? Sku,
    string? Title,
    int? Quantity,
    long? UnitPrice,
    int? WeightGrams = null,
    decimal? HeightCm = null,
    decimal? WidthCm = null,
    decimal? LengthCm = null);
