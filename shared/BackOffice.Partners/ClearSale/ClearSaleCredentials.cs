namespace BackOffice.Partners.ClearSale;

public sealed record ClearSaleCredentials(string Name, string Password);
