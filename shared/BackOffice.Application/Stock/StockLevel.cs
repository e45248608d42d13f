namespace BackOffice.Application.Stock;

public sealed record StockLevel(string Sku, int Quantity);
