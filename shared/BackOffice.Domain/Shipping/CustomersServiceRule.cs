namespace BackOffice.Domain.Shipping;

/// <summary>The service the customer chose at checkout, when the storefront says which and the carrier quoted it.</summary>
public static class CustomersServiceRule
{
    public static ServiceChoice? Choose(IReadOnlyList<ServiceQuote> quotes, int? customersServiceId) =>
        customersServiceId is { } wanted && quotes.FirstOrDefault(quote => quote.ServiceId == wanted) is { } quote
            ? new ServiceChoice(quote, $"the customer's choice at checkout ({quote.FullName})", PromiseAtRisk: false)
            : null;
}
