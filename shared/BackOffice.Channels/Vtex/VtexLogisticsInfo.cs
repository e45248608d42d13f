namespace BackOffice.Channels.Vtex;

/// <summary>The delivery chosen for one item (by <paramref name="ItemIndex"/>).</summary>
/// <param name="Price">Shipping cents charged for that item; the <c>Shipping</c> total is their sum.</param>
public sealed record VtexLogisticsInfo(int? ItemIndex, string? SelectedSla, long? Price, long? SellingPrice);
