using System.Globalization;

namespace BackOffice.Application.Catalog;

/// <summary>The price a SKU sells at now and its list price, in integer cents; below the list price it is a promotion.</summary>
public sealed record PriceInForce(long PriceCents, long ListPriceCents)
{
    public bool OnPromotion => PriceCents < ListPriceCents;

    public string Value => string.Create(CultureInfo.InvariantCulture, $"{PriceCents}/{ListPriceCents}");
}
