using System.Globalization;
using BackOffice.Application.Shipping;
using BackOffice.Domain.Orders;

namespace BackOffice.Channels.Vtex;

/// <summary>
/// The customer's delivery from <c>shippingData.logisticsInfo</c>: the selected SLA's name, and the promised date
/// (<c>shippingEstimateDate</c>, else <c>shippingEstimate</c> such as "5bd" counted from the order date). With several
/// items the latest promise is the parcel's (one parcel carries them all).
/// </summary>
public static class VtexDeliveryMapper
{
    public static CustomerDelivery Map(IReadOnlyList<VtexLogisticsInfo?>? logistics, DateTimeOffset placedAt)
    {
        var infos = (logistics ?? []).OfType<VtexLogisticsInfo>().ToList();
        var sla = infos.Select(info => info.SelectedSla).FirstOrDefault(name => !string.IsNullOrWhiteSpace(name))?.Trim();
        var promises = infos.Select(info => PromiseOf(info, placedAt)).OfType<DateTimeOffset>().ToList();
        return new CustomerDelivery(sla, null, promises.Count == 0 ? null : promises.Max());
    }

    private static DateTimeOffset? PromiseOf(VtexLogisticsInfo info, DateTimeOffset placedAt)
    {
        if (DateTimeOffset.TryParse(info.ShippingEstimateDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return date.ToUniversalTime();
        }

        var estimate = info.ShippingEstimate?.Trim().ToLowerInvariant();
        if (estimate is null)
        {
            return null;
        }

        var unit = estimate.TrimStart("0123456789".ToCharArray());
        if (!int.TryParse(estimate[..^unit.Length], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        return unit switch
        {
            "bd" => new DateTimeOffset(DeliveryPromise.AddBusinessDays(DateOnly.FromDateTime(placedAt.UtcDateTime), count).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            "d" => placedAt.ToUniversalTime().AddDays(count),
            "h" => placedAt.ToUniversalTime().AddHours(count),
            _ => null,
        };
    }
}
