namespace BackOffice.Partners.ClearSale;

/// <param name="Type">0 undefined, 6 mobile (ClearSale's phone type table).</param>
public sealed record ClearSalePhone(int Type, int Ddi, int Ddd, long Number);
