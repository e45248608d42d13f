namespace BackOffice.Application.Expedition;

/// <summary>The romaneio the carrier signs when it collects: one per carrier, one line per parcel.</summary>
public sealed record CarrierManifest(string Carrier, IReadOnlyList<ManifestLine> Lines)
{
    public int TotalWeightGrams => Lines.Sum(line => line.WeightGrams ?? 0);

    public static IReadOnlyList<CarrierManifest> For(IEnumerable<BatchOrder> orders) =>
    [
        .. orders
            .GroupBy(order => order.Carrier, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new CarrierManifest(
                group.Key,
                [.. group.Select(order => new ManifestLine(order.OrderId, order.InvoiceNumber, order.TrackingCode, order.Service, order.WeightGrams))])),
    ];
}

public sealed record ManifestLine(string OrderId, string? InvoiceNumber, string? TrackingCode, string? Service, int? WeightGrams);
