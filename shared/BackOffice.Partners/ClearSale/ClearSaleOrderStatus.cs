namespace BackOffice.Partners.ClearSale;

/// <param name="Status">ClearSale's decision code: APA, APM, APP, AMA, SUS, RPM, RPP, FRD, CAN, NVO, ERR.</param>
public sealed record ClearSaleOrderStatus(string? Code, string? Status, decimal? Score);
