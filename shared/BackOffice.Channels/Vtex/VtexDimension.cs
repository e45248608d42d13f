namespace BackOffice.Channels.Vtex;

/// <summary>
/// <c>items[].additionalInfo.dimension</c> of a VTEX order: the SKU's catalog size, one unit. Centimetres, and the weight
/// in the catalog's unit, which is grams unless the store changed it (VTEX's catalog "WeightKg" holds grams by default).
/// </summary>
public sealed record VtexDimension(decimal? Cubicweight, decimal? Height, decimal? Length, decimal? Weight, decimal? Width);
