namespace BackOffice.Domain.Orders;

/// <summary>One unit's size in centimetres, as the storefront or the catalog settings give it.</summary>
public sealed record ItemDimensions(decimal HeightCm, decimal WidthCm, decimal LengthCm);
