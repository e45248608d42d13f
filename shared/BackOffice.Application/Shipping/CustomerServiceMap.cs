using BackOffice.Domain.Orders;

namespace BackOffice.Application.Shipping;

/// <summary>
/// The Melhor Envio service the customer chose, through <see cref="ShippingPlanSettings.ServiceMap"/>: the storefront's
/// code first, then its title. A name the map does not know is not guessed: the quote decides, and the name is reported.
/// </summary>
public static class CustomerServiceMap
{
    /// <returns>The mapped service id (or null), and the storefront's name when it named one the map does not know.</returns>
    public static (int? ServiceId, string? Unmapped) Resolve(CustomerDelivery delivery, ShippingPlanSettings settings)
    {
        var names = new[] { delivery.Service, delivery.ServiceTitle }.Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name!.Trim()).ToList();
        foreach (var name in names)
        {
            if (settings.ServiceMap.TryGetValue(name, out var id) && id > 0)
            {
                return (id, null);
            }
        }

        return (null, names.Count == 0 ? null : string.Join(" / ", names.Distinct(StringComparer.OrdinalIgnoreCase)));
    }
}
