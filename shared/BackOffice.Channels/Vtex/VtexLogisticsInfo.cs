namespace BackOffice.Channels.Vtex;

/// <summary>The delivery chosen for one item (by <paramref name="ItemIndex"/>).</summary>
/// <param name="SelectedSla">The delivery method the customer chose ("Normal", "Expressa", ...).</param>
/// <param name="ShippingEstimate">The SLA's time, e.g. "5bd" (business days) or "3d".</param>
/// <param name="ShippingEstimateDate">The date that time gives, when VTEX has computed it (kept as text: parsed leniently).</param>
/// <param name="Price">Shipping cents charged for that item; the <c>Shipping</c> total is their sum.</param>
public sealed record VtexLogisticsInfo(
    int? ItemIndex,
    string? SelectedSla,
    long? Price,
    long? SellingPrice,
    string? ShippingEstimate = null,
    string? ShippingEstimateDate = null);
