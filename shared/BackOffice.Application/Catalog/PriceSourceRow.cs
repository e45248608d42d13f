namespace BackOffice.Application.Catalog;

/// <summary>One SKU of the price source: its list price and its promotions, in integer cents.</summary>
public sealed record PriceSourceRow(string Sku, long ListPriceCents, IReadOnlyList<PricePromotion> Promotions)
{
    /// <summary>The promotion in force at <paramref name="now"/> (the lowest, when several overlap), else the list price.</summary>
    public PriceInForce InForce(DateTimeOffset now)
    {
        var promotion = Promotions.Where(candidate => candidate.IsInForce(now)).MinBy(candidate => candidate.PriceCents);
        return new PriceInForce(promotion?.PriceCents ?? ListPriceCents, ListPriceCents);
    }

    /// <summary>The next moment after <paramref name="now"/> at which a promotion starts or ends, if any.</summary>
    public DateTimeOffset? NextBoundary(DateTimeOffset now) =>
        Promotions.SelectMany(promotion => new[] { promotion.Start, promotion.End }).Where(moment => moment > now).Order().Cast<DateTimeOffset?>().FirstOrDefault();
}

/// <summary>A promotion's price, in force from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
public sealed record PricePromotion(long PriceCents, DateTimeOffset Start, DateTimeOffset End)
{
    public bool IsInForce(DateTimeOffset now) => Start <= now && now < End;
}
