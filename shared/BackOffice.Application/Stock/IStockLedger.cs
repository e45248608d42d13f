namespace BackOffice.Application.Stock;

/// <summary>Our copy of stock on hand, which reservations are counted against.</summary>
public interface IStockLedger
{
    /// <summary>Sets stock on hand as the stock source reports it, keeping what is reserved.</summary>
    Task SetOnHandAsync(IReadOnlyList<StockLevel> levels, CancellationToken cancellationToken);

    /// <summary>Every SKU the ledger tracks: on hand as last reported and reserved by the hub for orders not shipped yet.</summary>
    Task<IReadOnlyDictionary<string, SkuStock>> CountsAsync(CancellationToken cancellationToken);

    /// <summary>Units of <paramref name="sku"/> reserved by orders since <paramref name="since"/> and not given back (held or shipped).</summary>
    Task<int> UnitsSoldSinceAsync(string sku, DateTimeOffset since, CancellationToken cancellationToken);
}

/// <summary>One SKU in the ledger.</summary>
public sealed record SkuStock(string Sku, int OnHand, int Reserved);
