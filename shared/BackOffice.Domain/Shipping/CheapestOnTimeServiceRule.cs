namespace BackOffice.Domain.Shipping;

/// <summary>The cheapest service whose delivery time keeps the promised date; the faster one when two cost the same.</summary>
public static class CheapestOnTimeServiceRule
{
    /// <param name="daysLeft">Business days between posting and the date promised to the customer.</param>
    public static ServiceChoice? Choose(IReadOnlyList<ServiceQuote> quotes, int daysLeft) =>
        quotes.Where(quote => quote.DeliveryDays <= daysLeft)
            .OrderBy(quote => quote.PriceCents).ThenBy(quote => quote.DeliveryDays).ThenBy(quote => quote.ServiceId)
            .Select(quote => new ServiceChoice(quote, $"cheapest on time ({quote.FullName}, {quote.DeliveryDays} of {daysLeft} days)", PromiseAtRisk: false))
            .FirstOrDefault();
}
