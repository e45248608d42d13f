namespace BackOffice.Partners.ClearSale;

/// <param name="Value">Unit price in reais.</param>
/// <param name="Amount">Quantity.</param>
public sealed record ClearSaleItem(string Code, string Name, decimal Value, int Amount);
