namespace BackOffice.Domain.Shipping;

/// <summary>
/// Which carrier service a parcel goes by: the customer's choice when the storefront says it; otherwise the cheapest that
/// keeps the promised date; otherwise the fastest, with the promise at risk. Null only for an empty quote, which the
/// caller retries and then puts in front of a person: nothing here guesses a service that was not quoted.
/// </summary>
public static class CarrierServicePolicy
{
    public static ServiceChoice? Choose(IReadOnlyList<ServiceQuote> quotes, int? customersServiceId, int daysLeft) =>
        CustomersServiceRule.Choose(quotes, customersServiceId)
        ?? CheapestOnTimeServiceRule.Choose(quotes, daysLeft)
        ?? FastestServiceRule.Choose(quotes, daysLeft);
}
