namespace BackOffice.Application.Stock;

/// <summary>The store's system of record for stock on hand (ERP or WMS).</summary>
public interface IStockSource
{
    Task<IReadOnlyList<StockLevel>> GetLevelsAsync(CancellationToken cancellationToken);
}
