namespace BackOffice.Application.Stock;

/// <summary>Our copy of stock on hand, which reservations are counted against.</summary>
public interface IStockLedger
{
    /// <summary>Sets stock on hand as the stock source reports it, keeping what is reserved.</summary>
    Task SetOnHandAsync(IReadOnlyList<StockLevel> levels, CancellationToken cancellationToken);
}
