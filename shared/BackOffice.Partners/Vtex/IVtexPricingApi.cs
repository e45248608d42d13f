using Refit;

namespace BackOffice.Partners.Vtex;

/// <summary>
/// The Pricing API at https://api.vtex.com/{account}/ (vtex/openapi-schemas "VTEX - Pricing API.json",
/// "Create or update base price or fixed prices"); writes are limited to 40 requests/second with 1000 burst credits.
/// </summary>
public interface IVtexPricingApi
{
    [Put("/pricing/prices/{itemId}")]
    Task UpdatePriceAsync(string itemId, [Body] VtexPriceUpdate price, CancellationToken cancellationToken);
}

/// <summary>
/// The base price is what the SKU sells for (the promotion's price while one is in force); the list price is the
/// "from" price shown struck through. Decimal reais.
/// </summary>
public sealed record VtexPriceUpdate(decimal BasePrice, decimal ListPrice);
