using BackOffice.Domain.Orders;

namespace BackOffice.Application.Shipping;

/// <summary>
/// The date promised to the customer and the business days left to keep it. Business days are Monday to Friday (UTC
/// dates); holidays are not known to the hub, so a promise across one is one day tighter than it looks.
/// </summary>
public static class DeliveryPromise
{
    /// <summary>The storefront's date when it states one, else the order date plus the configured business days.</summary>
    public static DateOnly PromisedBy(Order order, ShippingPlanSettings settings) =>
        order.Delivery.PromisedBy is { } date
            ? DateOnly.FromDateTime(date.UtcDateTime)
            : AddBusinessDays(DateOnly.FromDateTime(order.PlacedAt.UtcDateTime), settings.PromiseBusinessDays);

    /// <summary>Business days after today up to the promised date; 0 when it is today or already past.</summary>
    public static int DaysLeft(Order order, ShippingPlanSettings settings, DateTimeOffset now) =>
        BusinessDaysBetween(DateOnly.FromDateTime(now.UtcDateTime), PromisedBy(order, settings));

    public static DateOnly AddBusinessDays(DateOnly from, int days)
    {
        var date = from;
        for (var added = 0; added < days;)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date))
            {
                added++;
            }
        }

        return date;
    }

    public static int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsBusinessDay(date))
            {
                days++;
            }
        }

        return days;
    }

    private static bool IsBusinessDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
