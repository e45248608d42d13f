namespace BackOffice.Channels.Vtex;

/// <summary>An order item's <c>additionalInfo</c>; only the SKU's packed size is read.</summary>
public sealed record VtexItemAdditionalInfo(VtexDimension? Dimension);
