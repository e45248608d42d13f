namespace BackOffice.Application.Catalog;

/// <summary>
/// What one SKU should show on every storefront. <see cref="Value"/> is its comparable form, kept per storefront after a
/// push so that the next run sends only what differs; <see cref="Quantity"/> is set for stock, <see cref="Price"/> for prices.
/// </summary>
public sealed record CatalogEntry(string Sku, string Value, int Quantity = 0, PriceInForce? Price = null)
{
    public static CatalogEntry Stock(string sku, int available) =>
        new(sku, available.ToString(System.Globalization.CultureInfo.InvariantCulture), Quantity: available);

    public static CatalogEntry Priced(string sku, PriceInForce price) => new(sku, price.Value, Price: price);
}
