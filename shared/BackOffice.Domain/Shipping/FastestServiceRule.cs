namespace BackOffice.Domain.Shipping;

/// <summary>When no service keeps the promise: the fastest (the cheaper of equals), and the promise is marked at risk.</summary>
public static class FastestServiceRule
{
    public static ServiceChoice? Choose(IReadOnlyList<ServiceQuote> quotes, int daysLeft) =>
        quotes.OrderBy(quote => quote.DeliveryDays).ThenBy(quote => quote.PriceCents).ThenBy(quote => quote.ServiceId)
            .Select(quote => new ServiceChoice(
                quote, $"promise at risk: fastest quoted ({quote.FullName}, {quote.DeliveryDays} days, {daysLeft} left)", PromiseAtRisk: true))
            .FirstOrDefault();
}
