namespace BackOffice.Partners.ClearSale;

public sealed record ClearSaleToken(string Value, DateTimeOffset ExpiresAt);
