namespace BackOffice.PartnerSandbox.Control;

/// <summary>One line of <c>POST /_sandbox/prices</c> and of the ERP's <c>GET prices</c>: integer cents.</summary>
public sealed record PriceRow(string Sku, long ListPrice, IReadOnlyList<PromotionRow>? Promotions);

/// <summary>A promotion's price, in force from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
public sealed record PromotionRow(long Price, DateTimeOffset Start, DateTimeOffset End);
